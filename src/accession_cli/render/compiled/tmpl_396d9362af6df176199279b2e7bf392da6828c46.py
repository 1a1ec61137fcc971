from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_csp = resolve('csp')
    l_0_report = resolve('report')
    l_0_css = resolve('css')
    l_0_sections = resolve('sections')
    l_0_cards = resolve('cards')
    l_0_sentences = resolve('sentences')
    l_0_maps = resolve('maps')
    l_0_map_error = resolve('map_error')
    l_0_Treaty = resolve('Treaty')
    l_0_TREATY_SHORT = resolve('TREATY_SHORT')
    l_0_stage_pairs = resolve('stage_pairs')
    l_0_ArticleGroup = resolve('ArticleGroup')
    l_0_heatmap = resolve('heatmap')
    l_0_timeline = resolve('timeline')
    l_0_WORKSHOP_NOTE = resolve('WORKSHOP_NOTE')
    l_0_event_html = resolve('event_html')
    l_0_attended = resolve('attended')
    l_0_uncertain_note = resolve('uncertain_note')
    l_0_inline_map = l_0_map_legend = l_0_svg_open = l_0_swatch = l_0_stage_badge = l_0_bar_chart = l_0_coverage_legend = l_0_timeline_legend = l_0_event_item = l_0_summary = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_7 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    try:
        t_8 = environment.tests['sameas']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'sameas' found.")
    pass
    included_template = environment.get_template('map.svg.j2', 'report.html.j2').make_module(context.get_all(), True, {'bar_chart': l_0_bar_chart, 'coverage_legend': l_0_coverage_legend, 'event_html': l_0_event_html, 'event_item': l_0_event_item, 'inline_map': l_0_inline_map, 'map_legend': l_0_map_legend, 'stage_badge': l_0_stage_badge, 'summary': l_0_summary, 'svg_open': l_0_svg_open, 'swatch': l_0_swatch, 'timeline_legend': l_0_timeline_legend})
    l_0_inline_map = getattr(included_template, 'inline_map', missing)
    if l_0_inline_map is missing:
        l_0_inline_map = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'report.html.j2') does not export the requested name 'inline_map'", name='inline_map')
    l_0_map_legend = getattr(included_template, 'legend', missing)
    if l_0_map_legend is missing:
        l_0_map_legend = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'report.html.j2') does not export the requested name 'legend'", name='legend')
    context.vars.update({'inline_map': l_0_inline_map, 'map_legend': l_0_map_legend})
    context.exported_vars.difference_update(('inline_map', 'map_legend'))
    included_template = environment.get_template('charts.html.j2', 'report.html.j2').make_module(context.get_all(), True, {'bar_chart': l_0_bar_chart, 'coverage_legend': l_0_coverage_legend, 'event_html': l_0_event_html, 'event_item': l_0_event_item, 'inline_map': l_0_inline_map, 'map_legend': l_0_map_legend, 'stage_badge': l_0_stage_badge, 'summary': l_0_summary, 'svg_open': l_0_svg_open, 'swatch': l_0_swatch, 'timeline_legend': l_0_timeline_legend})
    l_0_svg_open = getattr(included_template, 'svg_open', missing)
    if l_0_svg_open is missing:
        l_0_svg_open = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'svg_open'", name='svg_open')
    l_0_swatch = getattr(included_template, 'swatch', missing)
    if l_0_swatch is missing:
        l_0_swatch = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'swatch'", name='swatch')
    l_0_stage_badge = getattr(included_template, 'stage_badge', missing)
    if l_0_stage_badge is missing:
        l_0_stage_badge = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'stage_badge'", name='stage_badge')
    l_0_bar_chart = getattr(included_template, 'bar_chart', missing)
    if l_0_bar_chart is missing:
        l_0_bar_chart = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'bar_chart'", name='bar_chart')
    l_0_coverage_legend = getattr(included_template, 'coverage_legend', missing)
    if l_0_coverage_legend is missing:
        l_0_coverage_legend = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'coverage_legend'", name='coverage_legend')
    l_0_timeline_legend = getattr(included_template, 'timeline_legend', missing)
    if l_0_timeline_legend is missing:
        l_0_timeline_legend = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'report.html.j2') does not export the requested name 'timeline_legend'", name='timeline_legend')
    context.vars.update({'svg_open': l_0_svg_open, 'swatch': l_0_swatch, 'stage_badge': l_0_stage_badge, 'bar_chart': l_0_bar_chart, 'coverage_legend': l_0_coverage_legend, 'timeline_legend': l_0_timeline_legend})
    context.exported_vars.difference_update(('svg_open', 'swatch', 'stage_badge', 'bar_chart', 'coverage_legend', 'timeline_legend'))
    def macro(l_1_event):
        t_9 = []
        l_1_event_dates = resolve('event_dates')
        l_1_cite = resolve('cite')
        if l_1_event is missing:
            l_1_event = undefined("parameter 'event' was not provided", name='event')
        pass
        t_9.extend((
            '<span class="nowrap">',
            escape(environment.finalize(context.call((undefined(name='event_dates') if l_1_event_dates is missing else l_1_event_dates), l_1_event))),
            '</span> ',
            escape(environment.finalize(environment.getattr(l_1_event, 'title'))),
            ' (',
            escape(environment.finalize(environment.getattr(environment.getattr(l_1_event, 'kind'), 'value'))),
            ') ',
            escape(environment.finalize(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(l_1_event, 'sources')))),
        ))
        return concat(t_9)
    context.exported_vars.add('event_item')
    context.vars['event_item'] = l_0_event_item = Macro(environment, macro, 'event_item', ('event',), False, False, False, context.eval_ctx.autoescape)
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="'
    yield escape(environment.finalize((undefined(name='csp') if l_0_csp is missing else l_0_csp)))
    yield '">\n<meta name="referrer" content="no-referrer">\n<title>Progress report: '
    yield escape(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'title')))
    yield '</title>\n<style>'
    yield escape(environment.finalize((undefined(name='css') if l_0_css is missing else l_0_css)))
    yield '</style>\n</head>\n<body>\n<div class="page">\n<header class="top"><h1>Progress report: '
    yield escape(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'title')))
    yield '</h1><dl class="meta">\n<dt>Dataset</dt><dd>version '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'dataset'), 'version')))
    yield ', facts as of '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'dataset'), 'as_of')))
    yield '</dd>\n<dt>State shown as of</dt><dd>'
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'))))
    yield '</dd>\n<dt>Report date</dt><dd>'
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'report_date'), 'isoformat'))))
    yield '</dd>\n<dt>Filters</dt><dd>'
    yield escape(environment.finalize((t_1(context.eval_ctx, environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'filters'), '; ') if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'filters') else 'none')))
    yield '</dd>\n'
    if (not t_7(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since'))):
        pass
        yield '<dt>Recent changes since</dt><dd>'
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since'), 'isoformat'))))
        yield '</dd>\n'
    yield '</dl></header>\n<nav class="toc" aria-label="Contents"><ol>\n'
    for (l_1_anchor, l_1_heading) in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '<li><a href="#'
        yield escape(environment.finalize(l_1_anchor))
        yield '">'
        yield escape(environment.finalize(l_1_heading))
        yield '</a></li>\n'
    l_1_anchor = l_1_heading = missing
    yield '</ol></nav>\n<main>\n'
    l_0_summary = environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'summary')
    context.vars['summary'] = l_0_summary
    context.exported_vars.add('summary')
    yield '<section id="summary" aria-labelledby="summary-h">\n<h2 id="summary-h">Summary</h2>\n<div class="cards">\n'
    for (l_1_value, l_1_label) in (undefined(name='cards') if l_0_cards is missing else l_0_cards):
        _loop_vars = {}
        pass
        yield '<div class="card"><span class="num">'
        yield escape(environment.finalize(l_1_value))
        yield '</span><span class="label">'
        yield escape(environment.finalize(l_1_label))
        yield '</span></div>\n'
    l_1_value = l_1_label = missing
    yield '</div>\n<ul>\n'
    for l_1_sentence in (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(environment.finalize(l_1_sentence))
        yield '</li>\n'
    l_1_sentence = missing
    yield '</ul>\n'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext((undefined(name='maps') if l_0_maps is missing else l_0_maps), undefined):
        _loop_vars = {}
        pass
        yield '<figure class="map-figure">'
        yield escape(environment.finalize(context.call((undefined(name='map_legend') if l_0_map_legend is missing else l_0_map_legend), l_1_m, _loop_vars=_loop_vars)))
        yield '\n<div class="mapbox">'
        yield escape(environment.finalize(context.call((undefined(name='inline_map') if l_0_inline_map is missing else l_0_inline_map), l_1_m, _loop_vars=_loop_vars)))
        yield '</div>\n<figcaption>'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'treaty'), 'label')))
        yield ": each country's stage as of "
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'), _loop_vars=_loop_vars)))
        yield '; countries outside this report in grey.'
        if environment.getattr(l_1_m, 'small'):
            pass
            yield ' Marked with a dot, too small to see at this scale: '
            l_2_loop = missing
            for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_m, 'small'), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ', '
                yield escape(environment.finalize(context.call(environment.getattr(l_1_m, 'tooltip'), l_2_entry, _loop_vars=_loop_vars)))
            l_2_loop = l_2_entry = missing
            yield '.'
        if environment.getattr(l_1_m, 'missing'):
            pass
            yield ' Not in the map data: '
            l_2_loop = missing
            for l_2_entry, l_2_loop in LoopContext(environment.getattr(l_1_m, 'missing'), undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_2_loop, 'first')):
                    pass
                    yield ', '
                yield escape(environment.finalize(context.call(environment.getattr(l_1_m, 'tooltip'), l_2_entry, _loop_vars=_loop_vars)))
            l_2_loop = l_2_entry = missing
            yield '.'
        yield '</figcaption></figure>\n'
    l_1_loop = l_1_m = missing
    if (undefined(name='map_error') if l_0_map_error is missing else l_0_map_error):
        pass
        yield '<p class="note">No map: '
        yield escape(environment.finalize((undefined(name='map_error') if l_0_map_error is missing else l_0_map_error)))
        yield '.</p>\n'
    yield '<div class="charts">\n<figure>'
    yield escape(environment.finalize(context.call((undefined(name='bar_chart') if l_0_bar_chart is missing else l_0_bar_chart), environment.getattr(environment.getattr((undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty), 'BUDAPEST'), 'label'), environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'budapest'))))
    yield '\n<figcaption>Countries per stage of the Budapest Convention.</figcaption></figure>\n<figure>'
    yield escape(environment.finalize(context.call((undefined(name='bar_chart') if l_0_bar_chart is missing else l_0_bar_chart), environment.getattr(environment.getattr((undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty), 'PROTOCOL_2'), 'label'), environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'protocol_2'))))
    yield '\n<figcaption>Countries per stage of the Second Additional Protocol.</figcaption></figure>\n</div>\n<div class="scroll"><table><caption>Countries per stage</caption>\n<thead><tr><th scope="col">Stage</th><th scope="col" class="num">Budapest</th><th scope="col">Budapest countries</th><th scope="col" class="num">'
    yield escape(environment.finalize(environment.getitem((undefined(name='TREATY_SHORT') if l_0_TREATY_SHORT is missing else l_0_TREATY_SHORT), environment.getattr((undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty), 'PROTOCOL_2'))))
    yield '</th><th scope="col">'
    yield escape(environment.finalize(environment.getitem((undefined(name='TREATY_SHORT') if l_0_TREATY_SHORT is missing else l_0_TREATY_SHORT), environment.getattr((undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty), 'PROTOCOL_2'))))
    yield ' countries</th></tr></thead>\n<tbody>\n'
    for (l_1_budapest, l_1_protocol) in (undefined(name='stage_pairs') if l_0_stage_pairs is missing else l_0_stage_pairs):
        l_1_STAGE_LABEL = resolve('STAGE_LABEL')
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='stage_badge') if l_0_stage_badge is missing else l_0_stage_badge), environment.getattr(l_1_budapest, 'stage'), environment.getitem((undefined(name='STAGE_LABEL') if l_1_STAGE_LABEL is missing else l_1_STAGE_LABEL), environment.getattr(l_1_budapest, 'stage')), _loop_vars=_loop_vars)))
        yield '</th>'
        for l_2_count in (l_1_budapest, l_1_protocol):
            l_2_DASH = resolve('DASH')
            _loop_vars = {}
            pass
            yield '<td class="num">'
            yield escape(environment.finalize(environment.getattr(l_2_count, 'count')))
            yield '</td><td>'
            yield escape(environment.finalize((t_1(context.eval_ctx, environment.getattr(l_2_count, 'countries'), ', ') or (undefined(name='DASH') if l_2_DASH is missing else l_2_DASH))))
            yield '</td>'
        l_2_count = l_2_DASH = missing
        yield '</tr>\n'
    l_1_budapest = l_1_protocol = l_1_STAGE_LABEL = missing
    yield '</tbody></table></div>\n'
    if environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'lags'):
        pass
        yield '<div class="scroll"><table><caption>From first workshop to deposit</caption>\n<thead><tr><th scope="col">Country</th><th scope="col">First workshop</th><th scope="col">Budapest deposit</th><th scope="col" class="num">Days</th></tr></thead>\n<tbody>\n'
        for l_1_lag in environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'lags'):
            l_1_country = resolve('country')
            l_1_STAGE_LABEL = resolve('STAGE_LABEL')
            l_1_date_text = resolve('date_text')
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_lag, 'country'), 'code'), _loop_vars=_loop_vars)))
            yield '</th><td><span class="nowrap">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_lag, 'workshop'), 'start')))
            yield '</span> '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_lag, 'workshop'), 'title')))
            yield '</td><td>'
            yield escape(environment.finalize(environment.getitem((undefined(name='STAGE_LABEL') if l_1_STAGE_LABEL is missing else l_1_STAGE_LABEL), environment.getattr(environment.getattr(l_1_lag, 'deposit'), 'stage'))))
            yield ' <span class="nowrap">'
            yield escape(environment.finalize(context.call((undefined(name='date_text') if l_1_date_text is missing else l_1_date_text), environment.getattr(environment.getattr(l_1_lag, 'deposit'), 'date'), _loop_vars=_loop_vars)))
            yield '</span></td><td class="num">'
            yield escape(environment.finalize(('~' if environment.getattr(l_1_lag, 'approximate') else '')))
            yield escape(environment.finalize(context.call(environment.getattr('{:,}', 'format'), environment.getattr(l_1_lag, 'days'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_lag = l_1_country = l_1_STAGE_LABEL = l_1_date_text = missing
        yield '</tbody></table></div>\n'
        if t_3(context.eval_ctx, t_6(context, environment.getattr((undefined(name='summary') if l_0_summary is missing else l_0_summary), 'lags'), 'approximate')):
            pass
            yield '<p class="note">~ a date known only to the month or year, counted from its first day.</p>\n'
    yield '</section>\n<section id="countries" aria-labelledby="countries-h">\n<h2 id="countries-h">Countries</h2>\n<p class="note">Stage and date per treaty; laws in force and pending bills; article scores (full = 1, partial = ½, unknown = 0) over the group\'s articles, with the number of articles assessed.</p>\n<div class="scroll"><table class="sticky">\n<thead><tr><th scope="col">Country</th>'
    for l_1_treaty in (undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty):
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='TREATY_SHORT') if l_0_TREATY_SHORT is missing else l_0_TREATY_SHORT), l_1_treaty)))
        yield '</th>'
    l_1_treaty = missing
    yield '<th scope="col" class="num">Laws in force</th><th scope="col" class="num">Pending bills</th>'
    for l_1_group in (undefined(name='ArticleGroup') if l_0_ArticleGroup is missing else l_0_ArticleGroup):
        l_1_GROUP_SHORT = resolve('GROUP_SHORT')
        _loop_vars = {}
        pass
        yield '<th scope="col">'
        yield escape(environment.finalize(environment.getitem((undefined(name='GROUP_SHORT') if l_1_GROUP_SHORT is missing else l_1_GROUP_SHORT), l_1_group)))
        yield '</th>'
    l_1_group = l_1_GROUP_SHORT = missing
    yield '<th scope="col">Sources</th></tr></thead>\n<tbody>\n'
    for l_1_row in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'countries'):
        l_1_country = resolve('country')
        l_1_cite = resolve('cite')
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_row, 'country'), 'code'), _loop_vars=_loop_vars)))
        yield '</th>'
        for l_2_treaty in (undefined(name='Treaty') if l_0_Treaty is missing else l_0_Treaty):
            l_2_DASH = resolve('DASH')
            l_2_STAGE_LABEL = resolve('STAGE_LABEL')
            l_2_date_text = resolve('date_text')
            l_2_status = missing
            _loop_vars = {}
            pass
            l_2_status = context.call(environment.getattr(l_1_row, 'stage'), l_2_treaty, _loop_vars=_loop_vars)
            _loop_vars['status'] = l_2_status
            yield '<td>'
            if t_7(environment.getattr((undefined(name='status') if l_2_status is missing else l_2_status), 'stage')):
                pass
                yield escape(environment.finalize((undefined(name='DASH') if l_2_DASH is missing else l_2_DASH)))
            else:
                pass
                yield escape(environment.finalize(context.call((undefined(name='stage_badge') if l_0_stage_badge is missing else l_0_stage_badge), environment.getattr((undefined(name='status') if l_2_status is missing else l_2_status), 'stage'), environment.getitem((undefined(name='STAGE_LABEL') if l_2_STAGE_LABEL is missing else l_2_STAGE_LABEL), environment.getattr((undefined(name='status') if l_2_status is missing else l_2_status), 'stage')), _loop_vars=_loop_vars)))
                yield '<span class="when">'
                yield escape(environment.finalize(context.call((undefined(name='date_text') if l_2_date_text is missing else l_2_date_text), environment.getattr((undefined(name='status') if l_2_status is missing else l_2_status), 'date'), _loop_vars=_loop_vars)))
                yield '</span>'
            yield '</td>'
        l_2_treaty = l_2_status = l_2_DASH = l_2_STAGE_LABEL = l_2_date_text = missing
        yield '<td class="num">'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_row, 'laws_in_force'))))
        yield '</td><td class="num">'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_row, 'pending_bills'))))
        yield '</td>'
        for l_2_group in (undefined(name='ArticleGroup') if l_0_ArticleGroup is missing else l_0_ArticleGroup):
            l_2_score_value = resolve('score_value')
            l_2_score = missing
            _loop_vars = {}
            pass
            l_2_score = environment.getitem(environment.getattr(l_1_row, 'scores'), l_2_group)
            _loop_vars['score'] = l_2_score
            yield '<td>'
            yield escape(environment.finalize(context.call((undefined(name='score_value') if l_2_score_value is missing else l_2_score_value), (undefined(name='score') if l_2_score is missing else l_2_score), _loop_vars=_loop_vars)))
            yield '<span class="when">'
            yield escape(environment.finalize(environment.getattr((undefined(name='score') if l_2_score is missing else l_2_score), 'assessed')))
            yield '/'
            yield escape(environment.finalize(environment.getattr((undefined(name='score') if l_2_score is missing else l_2_score), 'articles')))
            yield '</span></td>'
        l_2_group = l_2_score = l_2_score_value = missing
        yield '<td>'
        yield escape(environment.finalize(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), context.call(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'row_sources'), l_1_row, _loop_vars=_loop_vars), _loop_vars=_loop_vars)))
        yield '</td></tr>\n'
    l_1_row = l_1_country = l_1_cite = missing
    yield '</tbody></table></div>\n</section>\n<section id="coverage" aria-labelledby="coverage-h">\n<h2 id="coverage-h">Article coverage</h2>\n<p class="note">Enacted coverage of Articles 2–35 by the laws in force; Articles 2–13 substantive law, 14–21 procedural law, 22 jurisdiction, 23–35 international co-operation.</p>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'coverage')):
        pass
        yield '<p class="empty">No article has been assessed for any country in this report.</p>\n'
    else:
        pass
        yield '<figure>'
        yield escape(environment.finalize(context.call((undefined(name='coverage_legend') if l_0_coverage_legend is missing else l_0_coverage_legend))))
        yield '<div class="scroll">'
        yield escape(environment.finalize(context.call((undefined(name='heatmap') if l_0_heatmap is missing else l_0_heatmap))))
        yield '</div><figcaption>Coverage heatmap: one row per country with an assessment, one column per article.</figcaption></figure>\n<details><summary>The coverage matrix as a table</summary><div class="scroll"><table class="compact"><caption>Article coverage (X→Y: a pending bill would raise X to Y)</caption>\n<thead><tr><th scope="col">Country</th>'
        for l_1_c in environment.getattr(environment.getitem(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'coverage'), 0), 'cells'):
            l_1_ARTICLE_TITLES = resolve('ARTICLE_TITLES')
            _loop_vars = {}
            pass
            yield '<th scope="col" class="sym"><abbr title="'
            yield escape(environment.finalize(environment.getitem((undefined(name='ARTICLE_TITLES') if l_1_ARTICLE_TITLES is missing else l_1_ARTICLE_TITLES), environment.getattr(l_1_c, 'article'))))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_c, 'article')))
            yield '</abbr></th>'
        l_1_c = l_1_ARTICLE_TITLES = missing
        yield '<th scope="col">Sources</th></tr></thead>\n<tbody>\n'
        for l_1_row in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'coverage'):
            l_1_country = resolve('country')
            l_1_cite = resolve('cite')
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_row, 'country'), 'code'), _loop_vars=_loop_vars)))
            yield '</th>'
            for l_2_c in environment.getattr(l_1_row, 'cells'):
                l_2_grade_anchor = resolve('grade_anchor')
                l_2_coverage_cell = resolve('coverage_cell')
                l_2_graded = missing
                _loop_vars = {}
                pass
                l_2_graded = context.call(environment.getattr(l_1_row, 'grades_of'), environment.getattr(l_2_c, 'article'), _loop_vars=_loop_vars)
                _loop_vars['graded'] = l_2_graded
                yield '<td class="sym">'
                if (undefined(name='graded') if l_2_graded is missing else l_2_graded):
                    pass
                    yield '<a href="#'
                    yield escape(environment.finalize(context.call((undefined(name='grade_anchor') if l_2_grade_anchor is missing else l_2_grade_anchor), environment.getattr(environment.getattr(l_1_row, 'country'), 'code'), environment.getattr(l_2_c, 'article'), _loop_vars=_loop_vars)))
                    yield '">'
                    yield escape(environment.finalize(context.call((undefined(name='coverage_cell') if l_2_coverage_cell is missing else l_2_coverage_cell), l_2_c, _loop_vars=_loop_vars)))
                    yield '</a>'
                else:
                    pass
                    yield escape(environment.finalize(context.call((undefined(name='coverage_cell') if l_2_coverage_cell is missing else l_2_coverage_cell), l_2_c, _loop_vars=_loop_vars)))
                yield '</td>'
            l_2_c = l_2_graded = l_2_grade_anchor = l_2_coverage_cell = missing
            yield '<td>'
            yield escape(environment.finalize(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(l_1_row, 'sources'), _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_row = l_1_country = l_1_cite = missing
        yield '</tbody></table></div></details>\n'
        if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unassessed'):
            pass
            yield '<p>No article assessed: '
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'unassessed'), undefined):
                l_1_country = resolve('country')
                _loop_vars = {}
                pass
                if (not environment.getattr(l_1_loop, 'first')):
                    pass
                    yield ', '
                yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(l_1_c, 'code'), _loop_vars=_loop_vars)))
            l_1_loop = l_1_c = l_1_country = missing
            yield '.</p>\n'
        yield '<h3 id="grades">Evidence for the grades</h3>\n<p class="note">Each grade behind the coverage, with the words of the source it rests on; a cell of the heatmap or the table leads here.</p>\n'
        l_1_loop = missing
        for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'coverage'), undefined):
            l_1_country = resolve('country')
            _loop_vars = {}
            pass
            yield '<h4 id="grades-'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_row, 'country'), 'code')))
            yield '">'
            yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_row, 'country'), 'code'), _loop_vars=_loop_vars)))
            yield '</h4>\n<dl class="evidence">\n'
            l_2_loop = missing
            for l_2_g, l_2_loop in LoopContext(environment.getattr(l_1_row, 'graded'), undefined):
                l_2_grade_anchor = resolve('grade_anchor')
                l_2_ARTICLE_TITLES = resolve('ARTICLE_TITLES')
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<dt'
                if (environment.getattr(l_2_loop, 'first') or (environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'article') != environment.getattr(l_2_g, 'article'))):
                    pass
                    yield ' id="'
                    yield escape(environment.finalize(context.call((undefined(name='grade_anchor') if l_2_grade_anchor is missing else l_2_grade_anchor), environment.getattr(environment.getattr(l_1_row, 'country'), 'code'), environment.getattr(l_2_g, 'article'), _loop_vars=_loop_vars)))
                    yield '"'
                yield '>Art. '
                yield escape(environment.finalize(environment.getattr(l_2_g, 'article')))
                yield ' '
                yield escape(environment.finalize(environment.getitem((undefined(name='ARTICLE_TITLES') if l_2_ARTICLE_TITLES is missing else l_2_ARTICLE_TITLES), environment.getattr(l_2_g, 'article'))))
                yield ': '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_g, 'legislation'), 'id')))
                if environment.getattr(l_2_g, 'provision'):
                    pass
                    yield ' '
                    yield escape(environment.finalize(environment.getattr(l_2_g, 'provision')))
                yield ', '
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_g, 'grade'), 'value')))
                if environment.getattr(l_2_g, 'pending'):
                    pass
                    yield ' (pending bill)'
                yield '</dt>\n<dd>'
                if environment.getattr(l_2_g, 'evidence'):
                    pass
                    yield '<q>'
                    yield escape(environment.finalize(environment.getattr(l_2_g, 'evidence')))
                    yield '</q> '
                    yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), ([environment.getattr(l_2_g, 'evidence_source')] if environment.getattr(l_2_g, 'evidence_source') else environment.getattr(l_2_g, 'sources')), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield 'No evidence quoted. '
                    yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_g, 'sources'), _loop_vars=_loop_vars)))
                yield '</dd>\n'
            l_2_loop = l_2_g = l_2_grade_anchor = l_2_ARTICLE_TITLES = l_2_cite = missing
            yield '</dl>\n'
        l_1_loop = l_1_row = l_1_country = missing
    yield '</section>\n<section id="declarations" aria-labelledby="declarations-h">\n<h2 id="declarations-h">Reservations and declarations</h2>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'declarations')):
        pass
        yield '<p>No reservation or declaration recorded for these countries.</p>\n'
    else:
        pass
        yield '<div class="scroll"><table><caption>Reservations, declarations and designations in effect on the date</caption>\n<thead><tr><th scope="col">Country</th><th scope="col">Treaty</th><th scope="col">Kind</th><th scope="col">Basis</th><th scope="col">Concerns</th><th scope="col">Date</th><th scope="col">Summary</th><th scope="col">Sources</th></tr></thead>\n<tbody>\n'
        for (l_1_c, l_1_made) in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'declarations'):
            _loop_vars = {}
            pass
            for l_2_d in l_1_made:
                l_2_country = resolve('country')
                l_2_date_text = resolve('date_text')
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.finalize(context.call((undefined(name='country') if l_2_country is missing else l_2_country), environment.getattr(l_1_c, 'code'), _loop_vars=_loop_vars)))
                yield '</th><td>'
                yield escape(environment.finalize(environment.getitem((undefined(name='TREATY_SHORT') if l_0_TREATY_SHORT is missing else l_0_TREATY_SHORT), environment.getattr(l_2_d, 'treaty'))))
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_d, 'kind'), 'value')))
                yield '</td><td>'
                yield escape(environment.finalize((environment.getattr(l_2_d, 'basis') or '')))
                yield '</td><td>'
                yield escape(environment.finalize(t_1(context.eval_ctx, environment.getattr(l_2_d, 'concerns'), ', ')))
                yield '</td><td><span class="nowrap">'
                yield escape(environment.finalize(context.call((undefined(name='date_text') if l_2_date_text is missing else l_2_date_text), environment.getattr(l_2_d, 'date'), _loop_vars=_loop_vars)))
                yield '</span></td><td class="wide">'
                yield escape(environment.finalize(environment.getattr(l_2_d, 'summary')))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_2_d, 'sources'), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_2_d = l_2_country = l_2_date_text = l_2_cite = missing
        l_1_c = l_1_made = missing
        yield '</tbody></table></div>\n'
    yield '</section>\n<section id="timeline" aria-labelledby="timeline-h">\n<h2 id="timeline-h">Treaty timeline</h2>\n'
    if (not t_3(context.eval_ctx, t_5(context, t_4(context, environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'timeline'), attribute='entries')))):
        pass
        yield '<p class="empty">No treaty step recorded for any country in this report.</p>\n'
    else:
        pass
        if (undefined(name='timeline') if l_0_timeline is missing else l_0_timeline):
            pass
            yield '<figure>'
            yield escape(environment.finalize(context.call((undefined(name='timeline_legend') if l_0_timeline_legend is missing else l_0_timeline_legend))))
            yield '<div class="scroll">'
            yield escape(environment.finalize((undefined(name='timeline') if l_0_timeline is missing else l_0_timeline)))
            yield '</div><figcaption>Dated treaty milestones; undated ones are in the table only.</figcaption></figure>\n'
        yield '<details open><summary>Milestones as a table</summary><div class="scroll"><table>\n<thead><tr><th scope="col">Country</th><th scope="col">Date</th><th scope="col">Treaty</th><th scope="col">Stage</th><th scope="col" class="wide">Note</th><th scope="col">Sources</th></tr></thead>\n<tbody>\n'
        for l_1_line in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'timeline'):
            _loop_vars = {}
            pass
            for l_2_entry in environment.getattr(l_1_line, 'entries'):
                l_2_country = resolve('country')
                l_2_date_text = resolve('date_text')
                l_2_STAGE_LABEL = resolve('STAGE_LABEL')
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<tr><th scope="row">'
                yield escape(environment.finalize(context.call((undefined(name='country') if l_2_country is missing else l_2_country), environment.getattr(environment.getattr(l_1_line, 'country'), 'code'), _loop_vars=_loop_vars)))
                yield '</th><td><span class="nowrap">'
                yield escape(environment.finalize(context.call((undefined(name='date_text') if l_2_date_text is missing else l_2_date_text), environment.getattr(environment.getattr(l_2_entry, 'milestone'), 'date'), _loop_vars=_loop_vars)))
                yield '</span></td><td>'
                yield escape(environment.finalize(environment.getitem((undefined(name='TREATY_SHORT') if l_0_TREATY_SHORT is missing else l_0_TREATY_SHORT), environment.getattr(l_2_entry, 'treaty'))))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='stage_badge') if l_0_stage_badge is missing else l_0_stage_badge), environment.getattr(environment.getattr(l_2_entry, 'milestone'), 'stage'), environment.getitem((undefined(name='STAGE_LABEL') if l_2_STAGE_LABEL is missing else l_2_STAGE_LABEL), environment.getattr(environment.getattr(l_2_entry, 'milestone'), 'stage')), _loop_vars=_loop_vars)))
                yield '</td><td class="wide">'
                yield escape(environment.finalize((environment.getattr(environment.getattr(l_2_entry, 'milestone'), 'note') or '')))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(environment.getattr(l_2_entry, 'milestone'), 'sources'), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_2_entry = l_2_country = l_2_date_text = l_2_STAGE_LABEL = l_2_cite = missing
        l_1_line = missing
        yield '</tbody></table></div></details>\n'
    yield '</section>\n<section id="events" aria-labelledby="events-h">\n<h2 id="events-h">Workshops and meetings</h2>\n<p class="note">'
    yield escape(environment.finalize((undefined(name='WORKSHOP_NOTE') if l_0_WORKSHOP_NOTE is missing else l_0_WORKSHOP_NOTE)))
    yield '</p>\n<h3>Participation</h3>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'participation'):
        pass
        l_0_event_html = []
        context.vars['event_html'] = l_0_event_html
        context.exported_vars.add('event_html')
        for l_1_prow in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'participation'):
            _loop_vars = {}
            pass
            context.call(environment.getattr((undefined(name='event_html') if l_0_event_html is missing else l_0_event_html), 'append'), context.call((undefined(name='event_item') if l_0_event_item is missing else l_0_event_item), environment.getattr(l_1_prow, 'event'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)
        l_1_prow = missing
        yield '<p class="note">The workshops and meetings each country took part in, with the number of delegates where recorded.</p>\n<div class="scroll"><table class="participation">\n<thead><tr><th scope="col">Country</th><th scope="col" class="num">Events</th><th scope="col" class="wide">Took part in</th></tr></thead>\n<tbody>\n'
        for (l_1_code, l_1_events) in (undefined(name='attended') if l_0_attended is missing else l_0_attended):
            l_1_country = resolve('country')
            l_1_DASH = resolve('DASH')
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), l_1_code, _loop_vars=_loop_vars)))
            yield '</th><td class="num">'
            yield escape(environment.finalize(t_2(l_1_events)))
            yield '</td><td class="wide">'
            if l_1_events:
                pass
                yield '<ul>'
                for l_2_item in l_1_events:
                    _loop_vars = {}
                    pass
                    yield '<li>'
                    yield escape(environment.finalize(environment.getitem((undefined(name='event_html') if l_0_event_html is missing else l_0_event_html), environment.getattr(l_2_item, 'position'))))
                    if environment.getattr(l_2_item, 'delegates'):
                        pass
                        yield ': '
                        yield escape(environment.finalize(environment.getattr(l_2_item, 'delegates')))
                        yield ' delegate'
                        yield escape(environment.finalize(('s' if (environment.getattr(l_2_item, 'delegates') != 1) else '')))
                    yield '</li>'
                l_2_item = missing
                yield '</ul>'
            else:
                pass
                yield escape(environment.finalize((undefined(name='DASH') if l_1_DASH is missing else l_1_DASH)))
            yield '</td></tr>\n'
        l_1_code = l_1_events = l_1_country = l_1_DASH = missing
        yield '</tbody></table></div>\n'
    else:
        pass
        yield '<p class="empty">No country in this report took part in a recorded event.</p>\n'
    yield '<h3>Capacity building and outcomes</h3>\n<p class="note">What followed a country\'s first workshop: its treaty steps and its laws\' and bills\' statuses dated on or after that workshop.</p>\n<div class="scroll"><table>\n<thead><tr><th scope="col">Country</th><th scope="col" class="wide">First workshop</th><th scope="col" class="num">Workshops attended</th><th scope="col" class="wide">What followed</th></tr></thead>\n<tbody>\n'
    for l_1_crow in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'capacity'):
        l_1_country = resolve('country')
        l_1_DASH = resolve('DASH')
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_crow, 'country'), 'code'), _loop_vars=_loop_vars)))
        yield '</th><td class="wide">'
        if environment.getattr(l_1_crow, 'first'):
            pass
            yield '<span class="nowrap">'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_crow, 'first'), 'start')))
            yield '</span> '
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_crow, 'first'), 'title')))
        else:
            pass
            yield escape(environment.finalize((undefined(name='DASH') if l_1_DASH is missing else l_1_DASH)))
        yield '</td><td class="num">'
        yield escape(environment.finalize(t_2(environment.getattr(l_1_crow, 'workshops'))))
        yield '</td><td class="wide">'
        if environment.getattr(l_1_crow, 'outcomes'):
            pass
            yield '<ul>'
            for l_2_o in environment.getattr(l_1_crow, 'outcomes'):
                l_2_outcome_text = resolve('outcome_text')
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(environment.finalize(context.call((undefined(name='outcome_text') if l_2_outcome_text is missing else l_2_outcome_text), l_2_o, _loop_vars=_loop_vars)))
                yield '</li>'
            l_2_o = l_2_outcome_text = missing
            yield '</ul>'
        else:
            pass
            yield escape(environment.finalize((undefined(name='DASH') if l_1_DASH is missing else l_1_DASH)))
        yield '</td></tr>\n'
    l_1_crow = l_1_country = l_1_DASH = missing
    yield '</tbody></table></div>\n<h3>No workshop in the last 24 months</h3>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'quiet'):
        pass
        yield '<p>Countries invited to accede or with pending bills that attended no workshop from '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'quiet_from'), 'isoformat'))))
        yield ' to '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'report_date'), 'isoformat'))))
        yield ':</p>\n<div class="scroll"><table>\n<thead><tr><th scope="col">Country</th><th scope="col">Situation</th></tr></thead>\n<tbody>\n'
        for l_1_q in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'quiet'):
            l_1_country = resolve('country')
            l_1_quiet_text = resolve('quiet_text')
            _loop_vars = {}
            pass
            yield '<tr><th scope="row">'
            yield escape(environment.finalize(context.call((undefined(name='country') if l_1_country is missing else l_1_country), environment.getattr(environment.getattr(l_1_q, 'country'), 'code'), _loop_vars=_loop_vars)))
            yield '</th><td>'
            yield escape(environment.finalize(context.call((undefined(name='quiet_text') if l_1_quiet_text is missing else l_1_quiet_text), l_1_q, _loop_vars=_loop_vars)))
            yield '</td></tr>\n'
        l_1_q = l_1_country = l_1_quiet_text = missing
        yield '</tbody></table></div>\n'
    else:
        pass
        yield '<p>Every country invited to accede or with pending bills attended a workshop from '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'quiet_from'), 'isoformat'))))
        yield ' to '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'report_date'), 'isoformat'))))
        yield '.</p>\n'
    yield '</section>\n'
    if ((not t_7(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes'))) and (not t_7(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since')))):
        pass
        yield '<section id="changes" aria-labelledby="changes-h">\n<h2 id="changes-h">Recent changes since '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since'), 'isoformat'))))
        yield '</h2>\n'
        if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes')):
            pass
            yield '<p class="empty">No dated change from '
            yield escape(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since')))
            yield ' to '
            yield escape(environment.finalize(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')))
            yield '.</p>\n'
        else:
            pass
            yield '<div class="scroll"><table>\n<thead><tr><th scope="col">Date</th><th scope="col">Country</th><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">Change</th><th scope="col">Sources</th></tr></thead>\n<tbody>\n'
            l_1_loop = missing
            for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes'), undefined):
                l_1_change_subject = resolve('change_subject')
                l_1_ChangeKind = resolve('ChangeKind')
                l_1_change_detail = resolve('change_detail')
                l_1_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<tr><th scope="row"><span class="nowrap">'
                yield escape(environment.finalize(environment.getattr(l_1_c, 'date')))
                yield '</span></th><td>'
                l_2_loop = missing
                for l_2_code, l_2_loop in LoopContext(environment.getattr(l_1_c, 'countries'), undefined):
                    l_2_country = resolve('country')
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_2_loop, 'first')):
                        pass
                        yield ', '
                    yield escape(environment.finalize(context.call((undefined(name='country') if l_2_country is missing else l_2_country), l_2_code, _loop_vars=_loop_vars)))
                l_2_loop = l_2_code = l_2_country = missing
                yield '</td><td>'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_c, 'kind'), 'value')))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='change_subject') if l_1_change_subject is missing else l_1_change_subject), l_1_c, _loop_vars=_loop_vars)))
                yield '</td><td>'
                yield escape(environment.finalize((context.call((undefined(name='change_detail') if l_1_change_detail is missing else l_1_change_detail), l_1_c, _loop_vars=_loop_vars) if (not t_8(environment.getattr(l_1_c, 'kind'), environment.getattr((undefined(name='ChangeKind') if l_1_ChangeKind is missing else l_1_ChangeKind), 'EVENT'))) else 'held')))
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='cite') if l_1_cite is missing else l_1_cite), environment.getattr(l_1_c, 'sources'), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_1_loop = l_1_c = l_1_change_subject = l_1_ChangeKind = l_1_change_detail = l_1_cite = missing
            yield '</tbody></table></div>\n'
        if (undefined(name='uncertain_note') if l_0_uncertain_note is missing else l_0_uncertain_note):
            pass
            yield '<p class="note">'
            yield escape(environment.finalize((undefined(name='uncertain_note') if l_0_uncertain_note is missing else l_0_uncertain_note)))
            yield '</p>\n'
        yield '</section>\n'
    yield '<section id="sources" aria-labelledby="sources-h">\n<h2 id="sources-h">Sources</h2>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'sources')):
        pass
        yield '<p class="empty">No source cited.</p>\n'
    else:
        pass
        yield '<ol class="sources">\n'
        l_1_loop = missing
        for l_1_source, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'sources'), undefined):
            l_1_safe_href = resolve('safe_href')
            l_1_same_document = resolve('same_document')
            l_1_href = l_1_details = missing
            _loop_vars = {}
            pass
            l_1_href = context.call((undefined(name='safe_href') if l_1_safe_href is missing else l_1_safe_href), environment.getattr(l_1_source, 'url'), _loop_vars=_loop_vars)
            _loop_vars['href'] = l_1_href
            yield '<li id="source-'
            yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
            yield '">'
            if (undefined(name='href') if l_1_href is missing else l_1_href):
                pass
                yield '<a href="'
                yield escape(environment.finalize((undefined(name='href') if l_1_href is missing else l_1_href)))
                yield '" rel="noreferrer">'
                yield escape(environment.finalize(environment.getattr(l_1_source, 'title')))
                yield '</a>'
            else:
                pass
                yield escape(environment.finalize(environment.getattr(l_1_source, 'title')))
            l_1_details = (([environment.getattr(l_1_source, 'publisher')] if environment.getattr(l_1_source, 'publisher') else []) + ([environment.getattr(l_1_source, 'date')] if environment.getattr(l_1_source, 'date') else []))
            _loop_vars['details'] = l_1_details
            if (undefined(name='details') if l_1_details is missing else l_1_details):
                pass
                yield '. '
                yield escape(environment.finalize(t_1(context.eval_ctx, (undefined(name='details') if l_1_details is missing else l_1_details), ', ')))
            yield '.'
            if (environment.getattr(l_1_source, 'url') and (not (undefined(name='href') if l_1_href is missing else l_1_href))):
                pass
                yield ' '
                yield escape(environment.finalize(environment.getattr(l_1_source, 'url')))
            if environment.getattr(l_1_source, 'accessed'):
                pass
                yield ' Accessed '
                yield escape(environment.finalize(environment.getattr(l_1_source, 'accessed')))
                yield '.'
            if environment.getattr(l_1_source, 'same_as'):
                pass
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='same_document') if l_1_same_document is missing else l_1_same_document), l_1_source, environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'citations'), _loop_vars=_loop_vars)))
            yield '</li>\n'
        l_1_loop = l_1_source = l_1_safe_href = l_1_href = l_1_details = l_1_same_document = missing
        yield '</ol>\n'
    yield '</section>\n</main>\n<footer>Generated by accession from dataset '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'dataset'), 'version')))
    yield ' on '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'report_date'), 'isoformat'))))
    yield '. Every fact cites a numbered source.</footer>\n</div>\n</body>\n</html>\n'

blocks = {}
debug_info = '4=78&5=87&6=108&14=129&16=131&17=133&21=135&22=137&23=141&24=143&25=145&26=147&27=150&31=153&32=157&36=163&40=167&41=171&45=177&46=181&49=186&50=190&51=192&52=194&53=198&54=211&57=226&58=229&61=232&63=234&67=236&69=240&70=245&71=247&74=260&78=263&79=270&82=285&92=289&94=297&97=306&98=312&99=314&100=324&102=336&103=340&104=356&111=360&114=366&117=370&120=381&121=387&122=389&123=398&125=411&128=415&129=419&133=431&134=436&136=441&137=448&138=469&146=484&152=490&153=500&160=520&163=525&164=528&169=533&170=536&171=544&179=560&181=562&183=564&184=567&185=570&191=573&192=579&193=583&194=586&195=602&207=610&208=616&209=618&210=628&211=630&216=648&217=651&221=655&222=661&226=670&229=675&231=678&232=680&233=683&238=691&239=699&243=722&244=725&250=729&254=736&255=742&256=745&257=747&258=757&259=759&260=764&261=768&262=773&269=781'