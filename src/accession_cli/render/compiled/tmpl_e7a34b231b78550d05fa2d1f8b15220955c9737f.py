from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/index.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_inline_map = l_0_map_legend = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/index.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('map.svg.j2', 'site/index.html.j2').make_module(context.get_all(), True, {'inline_map': l_0_inline_map, 'map_legend': l_0_map_legend})
    l_0_inline_map = getattr(included_template, 'inline_map', missing)
    if l_0_inline_map is missing:
        l_0_inline_map = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/index.html.j2') does not export the requested name 'inline_map'", name='inline_map')
    l_0_map_legend = getattr(included_template, 'legend', missing)
    if l_0_map_legend is missing:
        l_0_map_legend = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/index.html.j2') does not export the requested name 'legend'", name='legend')
    context.vars.update({'inline_map': l_0_inline_map, 'map_legend': l_0_map_legend})
    context.exported_vars.difference_update(('inline_map', 'map_legend'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Countries'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_title = resolve('title')
    l_0_report = resolve('report')
    l_0_sentences = resolve('sentences')
    l_0_maps = resolve('maps')
    l_0_map_error = resolve('map_error')
    l_0_table = resolve('table')
    l_0_rows = resolve('rows')
    l_0_groups = resolve('groups')
    l_0_ARTICLES = resolve('ARTICLES')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</h1>\n<p>Facts as of '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'), _block_vars=_block_vars)))
    yield ', dataset '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'dataset'), 'version')))
    yield ': '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'summary'), 'countries')))
    yield ' countries. Jump to the <a href="#countries">table of countries</a>, the countries <a href="#regions">by region</a> or <a href="#members">by membership</a>.</p>\n<section aria-labelledby="figures"><h2 id="figures">Headline figures</h2>\n<ul>\n'
    for l_1_sentence in (undefined(name='sentences') if l_0_sentences is missing else l_0_sentences):
        _loop_vars = {}
        pass
        yield '<li>'
        yield escape(environment.finalize(l_1_sentence))
        yield '</li>\n'
    l_1_sentence = missing
    yield '</ul></section>\n<section aria-labelledby="map"><h2 id="map">Map of Budapest stages</h2>\n'
    l_1_loop = missing
    for l_1_m, l_1_loop in LoopContext((undefined(name='maps') if l_0_maps is missing else l_0_maps), undefined):
        l_1_map_legend = resolve('map_legend')
        l_1_inline_map = resolve('inline_map')
        _loop_vars = {}
        pass
        if environment.getattr(l_1_loop, 'first'):
            pass
            yield '<figure class="map-figure">'
            yield escape(environment.finalize(context.call((undefined(name='map_legend') if l_1_map_legend is missing else l_1_map_legend), l_1_m, _loop_vars=_loop_vars)))
            yield '\n<div class="mapbox">'
            yield escape(environment.finalize(context.call((undefined(name='inline_map') if l_1_inline_map is missing else l_1_inline_map), l_1_m, _loop_vars=_loop_vars)))
            yield '</div>\n<figcaption>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_m, 'treaty'), 'label')))
            yield ": each country's stage as of "
            yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'), _loop_vars=_loop_vars)))
            yield ', by colour, pattern and, in the table below, in words.'
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
    l_1_loop = l_1_m = l_1_map_legend = l_1_inline_map = missing
    if (undefined(name='map_error') if l_0_map_error is missing else l_0_map_error):
        pass
        yield '<p class="note">No map: '
        yield escape(environment.finalize((undefined(name='map_error') if l_0_map_error is missing else l_0_map_error)))
        yield '.</p>'
    yield '</section>\n<section aria-labelledby="countries"><h2 id="countries">Every country</h2>\n<div class="wide"><table class="countries">\n<caption>'
    yield escape(environment.finalize(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'title')))
    yield ': one row per country; the code links to its page</caption>\n<thead><tr>'
    l_1_loop = missing
    for l_1_h, l_1_loop in LoopContext(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'headers'), undefined):
        _loop_vars = {}
        pass
        yield '<th scope="col"'
        if (environment.getattr(l_1_loop, 'index0') in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'numeric')):
            pass
            yield ' class="num"'
        yield '>'
        yield escape(environment.finalize(l_1_h))
        yield '</th>'
    l_1_loop = l_1_h = missing
    yield '</tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for (l_1_progress, l_1_cells), l_1_loop in LoopContext((undefined(name='rows') if l_0_rows is missing else l_0_rows), undefined):
        _loop_vars = {}
        pass
        yield '<tr id="'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_progress, 'country'), 'code')))
        yield '">'
        l_2_loop = missing
        for l_2_cell, l_2_loop in LoopContext(l_1_cells, undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                yield '<th scope="row"><a href="countries/'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_progress, 'country'), 'code')))
                yield '.html">'
                yield escape(environment.finalize(l_2_cell))
                yield '</a></th>'
            elif (environment.getattr(l_2_loop, 'index0') == 1):
                pass
                yield '<td><a href="countries/'
                yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_progress, 'country'), 'code')))
                yield '.html">'
                yield escape(environment.finalize(l_2_cell))
                yield '</a></td>'
            else:
                pass
                yield '<td'
                if (environment.getattr(l_2_loop, 'index0') in environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'numeric')):
                    pass
                    yield ' class="num"'
                yield '>'
                yield escape(environment.finalize(l_2_cell))
                yield '</td>'
        l_2_loop = l_2_cell = missing
        yield '</tr>\n'
    l_1_loop = l_1_progress = l_1_cells = missing
    yield '</tbody></table></div>\n'
    if environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'note'):
        pass
        yield '<p class="note">'
        yield escape(environment.finalize(environment.getattr((undefined(name='table') if l_0_table is missing else l_0_table), 'note')))
        yield '</p>'
    yield '</section>\n'
    l_1_loop = missing
    for (l_1_gid, l_1_heading, l_1_found), l_1_loop in LoopContext((undefined(name='groups') if l_0_groups is missing else l_0_groups), undefined):
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="'
        yield escape(environment.finalize(l_1_gid))
        yield '"><h2 id="'
        yield escape(environment.finalize(l_1_gid))
        yield '">'
        yield escape(environment.finalize(l_1_heading))
        yield '</h2>\n'
        l_2_loop = missing
        for (l_2_name, l_2_countries), l_2_loop in LoopContext(l_1_found, undefined):
            _loop_vars = {}
            pass
            yield '<h3 id="'
            yield escape(environment.finalize(l_1_gid))
            yield '-'
            yield escape(environment.finalize(environment.getattr(l_2_loop, 'index')))
            yield '">'
            yield escape(environment.finalize(l_2_name))
            yield ' ('
            yield escape(environment.finalize(t_1(l_2_countries)))
            yield ')</h3>\n<p class="group">'
            l_3_loop = missing
            for l_3_c, l_3_loop in LoopContext(l_2_countries, undefined):
                _loop_vars = {}
                pass
                if (not environment.getattr(l_3_loop, 'first')):
                    pass
                    yield ', '
                yield '<a href="countries/'
                yield escape(environment.finalize(environment.getattr(l_3_c, 'code')))
                yield '.html">'
                yield escape(environment.finalize(environment.getattr(l_3_c, 'name')))
                yield '</a>'
            l_3_loop = l_3_c = missing
            yield '</p>\n'
        l_2_loop = l_2_name = l_2_countries = missing
        yield '</section>\n'
    l_1_loop = l_1_gid = l_1_heading = l_1_found = missing
    yield '<section aria-labelledby="articles"><h2 id="articles">Articles of the Convention</h2>\n<ul class="columns">\n'
    for l_1_article in (undefined(name='ARTICLES') if l_0_ARTICLES is missing else l_0_ARTICLES):
        l_1_ARTICLE_TITLES = resolve('ARTICLE_TITLES')
        _loop_vars = {}
        pass
        yield '<li><a href="articles/'
        yield escape(environment.finalize(l_1_article))
        yield '.html">Article '
        yield escape(environment.finalize(l_1_article))
        yield ': '
        yield escape(environment.finalize(environment.getitem((undefined(name='ARTICLE_TITLES') if l_1_ARTICLE_TITLES is missing else l_1_ARTICLE_TITLES), l_1_article)))
        yield '</a></li>\n'
    l_1_article = l_1_ARTICLE_TITLES = missing
    yield '</ul></section>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=13&2=16&3=27&4=37&5=61&6=63&9=69&10=73&14=78&15=83&16=86&17=88&18=90&19=94&20=107&24=122&28=128&29=131&31=144&32=148&35=181&37=188&38=192&39=199&40=203&41=212&47=229&48=234'