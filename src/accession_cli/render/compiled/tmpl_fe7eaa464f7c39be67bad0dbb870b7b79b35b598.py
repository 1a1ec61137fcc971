from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/news.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/news.html.j2')
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
    yield 'News'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_report = resolve('report')
    l_0_changes = resolve('changes')
    pass
    yield '<h1>News</h1>\n<p>Dated facts from '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since'), 'isoformat'), _block_vars=_block_vars)))
    yield ' to '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'), _block_vars=_block_vars)))
    yield ', newest first: the facts of <code>accession diff --since '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'since'), 'isoformat'), _block_vars=_block_vars)))
    yield '</code>. Also as an <a href="feed.xml">Atom feed</a>.</p>\n'
    if (undefined(name='changes') if l_0_changes is missing else l_0_changes):
        pass
        yield '<ol class="news">\n'
        for (l_1_key, l_1_change, l_1_text) in (undefined(name='changes') if l_0_changes is missing else l_0_changes):
            l_1_date_text = resolve('date_text')
            _loop_vars = {}
            pass
            yield '<li id="'
            yield escape(environment.finalize(l_1_key))
            yield '"><span class="nowrap">'
            yield escape(environment.finalize(context.call((undefined(name='date_text') if l_1_date_text is missing else l_1_date_text), environment.getattr(l_1_change, 'date'), _loop_vars=_loop_vars)))
            yield '</span> '
            yield escape(environment.finalize(l_1_text))
            for l_2_code in environment.getattr(l_1_change, 'countries'):
                _loop_vars = {}
                pass
                yield ' <a href="countries/'
                yield escape(environment.finalize(l_2_code))
                yield '.html">'
                yield escape(environment.finalize(l_2_code))
                yield '</a>'
            l_2_code = missing
            for l_2_sid in environment.getattr(l_1_change, 'sources'):
                l_2_source_anchor = resolve('source_anchor')
                _loop_vars = {}
                pass
                yield ' <a class="cite" href="sources.html#'
                yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_2_source_anchor is missing else l_2_source_anchor), l_2_sid, _loop_vars=_loop_vars)))
                yield '">'
                yield escape(environment.finalize(l_2_sid))
                yield '</a>'
            l_2_sid = l_2_source_anchor = missing
            yield '</li>\n'
        l_1_key = l_1_change = l_1_text = l_1_date_text = missing
        yield '</ol>\n'
    else:
        pass
        yield '<p>Nothing dated in this period.</p>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=12&2=17&3=27&5=38&6=44&8=47&9=52'