from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/country.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_view = resolve('view')
    l_0_text_table = l_0_c = missing
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/country.html.j2')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('site/macros.html.j2', 'site/country.html.j2')._get_default_module(context)
    l_0_text_table = getattr(included_template, 'text_table', missing)
    if l_0_text_table is missing:
        l_0_text_table = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'site/country.html.j2') does not export the requested name 'text_table'", name='text_table')
    context.vars['text_table'] = l_0_text_table
    context.exported_vars.discard('text_table')
    l_0_c = environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'progress'), 'country')
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_c = resolve('c')
    pass
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'code')))
    yield ')'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_c = resolve('c')
    l_0_view = resolve('view')
    l_0_edit_url = resolve('edit_url')
    l_0_tables = resolve('tables')
    l_0_root = resolve('root')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>'
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name')))
    yield ' ('
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'code')))
    yield ')</h1>\n<p>'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'region'), 'value')))
    yield '; '
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'memberships'):
        pass
        l_1_loop = missing
        for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'memberships'), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_m, 'value')))
        l_1_loop = l_1_m = missing
    else:
        pass
        yield 'no memberships recorded'
    yield '; facts as of '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'progress'), 'as_of'), 'isoformat'), _block_vars=_block_vars)))
    yield ', dataset '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'dataset'), 'version')))
    yield '.'
    if (undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url):
        pass
        yield ' <a href="'
        yield escape(environment.finalize((undefined(name='edit_url') if l_0_edit_url is missing else l_0_edit_url)))
        yield '">Edit this country\'s file</a>.'
    yield '</p>\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'notes'):
        pass
        yield '<p>'
        yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'notes')))
        yield '</p>'
    l_1_loop = missing
    for l_1_table, l_1_loop in LoopContext((undefined(name='tables') if l_0_tables is missing else l_0_tables), undefined):
        l_1_text_table = resolve('text_table')
        _loop_vars = {}
        pass
        yield '<section aria-label="'
        yield escape(environment.finalize(environment.getattr(l_1_table, 'title')))
        yield '">\n'
        yield escape(environment.finalize(context.call((undefined(name='text_table') if l_1_text_table is missing else l_1_text_table), l_1_table, markup_join(('t', environment.getattr(l_1_loop, 'index'), )), _loop_vars=_loop_vars)))
        yield '\n</section>\n'
    l_1_loop = l_1_table = l_1_text_table = missing
    yield '<section aria-labelledby="articles"><h2 id="articles">Articles: provisions, grades and evidence</h2>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'articles'):
        pass
        yield '<div class="wide"><table>\n<caption>Each Convention article a law or bill of '
        yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name')))
        yield ' implements: the provision, its grade and the words of the source</caption>\n<thead><tr><th scope="col">Article</th><th scope="col">Enacted</th><th scope="col">Law or bill</th><th scope="col">Provision</th><th scope="col">Grade</th><th scope="col">Evidence</th><th scope="col">Sources</th></tr></thead>\n<tbody>\n'
        l_1_loop = missing
        for l_1_row, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'articles'), undefined):
            _loop_vars = {}
            pass
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getattr(l_1_row, 'provisions'), undefined):
                l_2_coverage_text = resolve('coverage_text')
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<tr'
                if environment.getattr(l_2_loop, 'first'):
                    pass
                    yield ' id="art-'
                    yield escape(environment.finalize(environment.getattr(l_1_row, 'article')))
                    yield '"'
                yield '>'
                if environment.getattr(l_2_loop, 'first'):
                    pass
                    yield '<th scope="row" rowspan="'
                    yield escape(environment.finalize(t_1(environment.getattr(l_1_row, 'provisions'))))
                    yield '"><a href="'
                    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
                    yield 'articles/'
                    yield escape(environment.finalize(environment.getattr(l_1_row, 'article')))
                    yield '.html">'
                    yield escape(environment.finalize(environment.getattr(l_1_row, 'article')))
                    yield ' '
                    yield escape(environment.finalize(environment.getattr(l_1_row, 'title')))
                    yield '</a></th><td rowspan="'
                    yield escape(environment.finalize(t_1(environment.getattr(l_1_row, 'provisions'))))
                    yield '">'
                    yield escape(environment.finalize((context.call((undefined(name='coverage_text') if l_2_coverage_text is missing else l_2_coverage_text), environment.getattr(l_1_row, 'grade'), _loop_vars=_loop_vars) if environment.getattr(l_1_row, 'grade') else '—')))
                    yield '</td>'
                yield '<td>'
                yield escape(environment.finalize(environment.getattr(environment.getattr(environment.getattr(l_2_p, 'status'), 'item'), 'title')))
                yield '</td><td>'
                yield escape(environment.finalize((environment.getattr(l_2_p, 'provision') or '—')))
                yield '</td><td>'
                yield escape(environment.finalize((context.call((undefined(name='coverage_text') if l_2_coverage_text is missing else l_2_coverage_text), environment.getattr(l_2_p, 'grade'), _loop_vars=_loop_vars) if environment.getattr(l_2_p, 'grade') else '—')))
                yield '</td><td>'
                if environment.getattr(l_2_p, 'evidence'):
                    pass
                    yield '<q>'
                    yield escape(environment.finalize(environment.getattr(l_2_p, 'evidence')))
                    yield '</q>'
                    if environment.getattr(l_2_p, 'evidence_source'):
                        pass
                        yield ' '
                        yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), (undefined(name='view') if l_0_view is missing else l_0_view), [environment.getattr(l_2_p, 'evidence_source')], (undefined(name='root') if l_0_root is missing else l_0_root), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield '—'
                yield '</td><td>'
                yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), (undefined(name='view') if l_0_view is missing else l_0_view), environment.getattr(l_2_p, 'sources'), (undefined(name='root') if l_0_root is missing else l_0_root), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_2_loop = l_2_p = l_2_coverage_text = l_2_cite = missing
        l_1_loop = l_1_row = missing
        yield '</tbody></table></div>\n'
    else:
        pass
        yield '<p>No law or bill of '
        yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'name')))
        yield ' is assessed article by article.</p>\n'
    if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'not_assessed'):
        pass
        yield '<p class="note">Not assessed: articles '
        l_1_loop = missing
        for l_1_a, l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'not_assessed'), undefined):
            _loop_vars = {}
            pass
            if (not environment.getattr(l_1_loop, 'first')):
                pass
                yield ', '
            yield '<a href="'
            yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
            yield 'articles/'
            yield escape(environment.finalize(l_1_a))
            yield '.html">'
            yield escape(environment.finalize(l_1_a))
            yield '</a>'
        l_1_loop = l_1_a = missing
        yield '.</p>'
    yield '</section>\n<section aria-labelledby="sources"><h2 id="sources">Sources</h2>\n<ol class="sources">\n'
    for l_1_s in environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'sources'):
        l_1_source_anchor = resolve('source_anchor')
        l_1_safe_href = resolve('safe_href')
        l_1_date_text = resolve('date_text')
        l_1_same_document = resolve('same_document')
        _loop_vars = {}
        pass
        yield '<li id="'
        yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_1_source_anchor is missing else l_1_source_anchor), environment.getattr(l_1_s, 'id'), _loop_vars=_loop_vars)))
        yield '">'
        if context.call((undefined(name='safe_href') if l_1_safe_href is missing else l_1_safe_href), environment.getattr(l_1_s, 'url'), _loop_vars=_loop_vars):
            pass
            yield '<a href="'
            yield escape(environment.finalize(context.call((undefined(name='safe_href') if l_1_safe_href is missing else l_1_safe_href), environment.getattr(l_1_s, 'url'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'title')))
            yield '</a>'
        else:
            pass
            yield escape(environment.finalize(environment.getattr(l_1_s, 'title')))
        if environment.getattr(l_1_s, 'publisher'):
            pass
            yield ', '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'publisher')))
        if environment.getattr(l_1_s, 'date'):
            pass
            yield ', '
            yield escape(environment.finalize(context.call((undefined(name='date_text') if l_1_date_text is missing else l_1_date_text), environment.getattr(l_1_s, 'date'), _loop_vars=_loop_vars)))
        yield ' (<a href="'
        yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
        yield 'sources.html#'
        yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_1_source_anchor is missing else l_1_source_anchor), environment.getattr(l_1_s, 'id'), _loop_vars=_loop_vars)))
        yield '">'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '</a>)'
        if context.call((undefined(name='same_document') if l_1_same_document is missing else l_1_same_document), l_1_s, _loop_vars=_loop_vars):
            pass
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='same_document') if l_1_same_document is missing else l_1_same_document), l_1_s, _loop_vars=_loop_vars)))
        yield '</li>\n'
    l_1_s = l_1_source_anchor = l_1_safe_href = l_1_date_text = l_1_same_document = missing
    yield '</ol></section>\n<p><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'api/countries/'
    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'code')))
    yield '.json">This page as JSON</a></p>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=14&2=17&3=23&4=28&5=42&6=62&7=66&8=93&9=99&10=104&11=106&15=110&17=113&20=116&21=120&22=126&27=177&29=179&33=199&34=207&37=241'