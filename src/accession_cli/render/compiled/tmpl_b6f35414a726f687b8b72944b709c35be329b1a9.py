from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/events.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/events.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield 'Events'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_by_year = resolve('by_year')
    pass
    yield '<h1>Workshops and meetings</h1>\n'
    l_1_loop = missing
    t_1 = 1
    for (l_1_year, l_1_events), l_1_loop in LoopContext((undefined(name='by_year') if l_0_by_year is missing else l_0_by_year), undefined):
        _loop_vars = {}
        pass
        yield '<section aria-labelledby="y'
        yield escape(environment.finalize(l_1_year))
        yield '"><h2 id="y'
        yield escape(environment.finalize(l_1_year))
        yield '">'
        yield escape(environment.finalize(l_1_year))
        yield '</h2>\n<ul class="events">\n'
        l_2_loop = missing
        for l_2_event, l_2_loop in LoopContext(l_1_events, undefined):
            l_2_event_dates = resolve('event_dates')
            _loop_vars = {}
            pass
            yield '<li id="'
            yield escape(environment.finalize(environment.getattr(l_2_event, 'id')))
            yield '"><span class="nowrap">'
            yield escape(environment.finalize(context.call((undefined(name='event_dates') if l_2_event_dates is missing else l_2_event_dates), l_2_event, _loop_vars=_loop_vars)))
            yield '</span> '
            yield escape(environment.finalize(environment.getattr(l_2_event, 'title')))
            yield ' ('
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_2_event, 'kind'), 'value')))
            if environment.getattr(l_2_event, 'planned'):
                pass
                yield ', planned'
            yield ')'
            if environment.getattr(l_2_event, 'place'):
                pass
                yield ', '
                yield escape(environment.finalize((environment.getattr(environment.getattr(l_2_event, 'place'), 'city') or '')))
                if (environment.getattr(environment.getattr(l_2_event, 'place'), 'city') and environment.getattr(environment.getattr(l_2_event, 'place'), 'country')):
                    pass
                    yield ', '
                yield escape(environment.finalize((environment.getattr(environment.getattr(l_2_event, 'place'), 'country') or '')))
            yield '.\n'
            if environment.getattr(l_2_event, 'participants'):
                pass
                yield 'Participants: '
                l_3_loop = missing
                for l_3_p, l_3_loop in LoopContext(environment.getattr(l_2_event, 'participants'), undefined):
                    l_3_names = resolve('names')
                    _loop_vars = {}
                    pass
                    if (not environment.getattr(l_3_loop, 'first')):
                        pass
                        yield ', '
                    yield '<a href="countries/'
                    yield escape(environment.finalize(environment.getattr(l_3_p, 'country')))
                    yield '.html">'
                    yield escape(environment.finalize(context.call(environment.getattr((undefined(name='names') if l_3_names is missing else l_3_names), 'get'), environment.getattr(l_3_p, 'country'), environment.getattr(l_3_p, 'country'), _loop_vars=_loop_vars)))
                    yield '</a>'
                l_3_loop = l_3_p = l_3_names = missing
                yield '.'
            for l_3_sid in environment.getattr(l_2_event, 'sources'):
                l_3_source_anchor = resolve('source_anchor')
                _loop_vars = {}
                pass
                yield ' <a class="cite" href="sources.html#'
                yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_3_source_anchor is missing else l_3_source_anchor), l_3_sid, _loop_vars=_loop_vars)))
                yield '">'
                yield escape(environment.finalize(l_3_sid))
                yield '</a>'
            l_3_sid = l_3_source_anchor = missing
            yield '</li>\n'
        l_2_loop = l_2_event = l_2_event_dates = missing
        yield '</ul></section>\n'
        t_1 = 0
    l_1_loop = l_1_year = l_1_events = missing
    if t_1:
        pass
        yield '<p>No event is recorded for these countries.</p>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=12&2=17&3=27&5=39&6=43&8=50&9=55&10=75&11=93'