from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/article.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/article.html.j2')
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
    l_0_article = resolve('article')
    l_0_ARTICLE_TITLES = resolve('ARTICLE_TITLES')
    pass
    yield 'Article '
    yield escape(environment.finalize((undefined(name='article') if l_0_article is missing else l_0_article)))
    yield ': '
    yield escape(environment.finalize(environment.getitem((undefined(name='ARTICLE_TITLES') if l_0_ARTICLE_TITLES is missing else l_0_ARTICLE_TITLES), (undefined(name='article') if l_0_article is missing else l_0_article))))

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_article = resolve('article')
    l_0_ARTICLE_TITLES = resolve('ARTICLE_TITLES')
    l_0_article_group = resolve('article_group')
    l_0_counts = resolve('counts')
    l_0_entries = resolve('entries')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<h1>Article '
    yield escape(environment.finalize((undefined(name='article') if l_0_article is missing else l_0_article)))
    yield ': '
    yield escape(environment.finalize(environment.getitem((undefined(name='ARTICLE_TITLES') if l_0_ARTICLE_TITLES is missing else l_0_ARTICLE_TITLES), (undefined(name='article') if l_0_article is missing else l_0_article))))
    yield '</h1>\n<p>'
    yield escape(environment.finalize(context.call((undefined(name='article_group') if l_0_article_group is missing else l_0_article_group), (undefined(name='article') if l_0_article is missing else l_0_article), _block_vars=_block_vars)))
    yield '.'
    if ((undefined(name='article') if l_0_article is missing else l_0_article) > 2):
        pass
        yield ' <a href="'
        yield escape(environment.finalize(((undefined(name='article') if l_0_article is missing else l_0_article) - 1)))
        yield '.html">Article '
        yield escape(environment.finalize(((undefined(name='article') if l_0_article is missing else l_0_article) - 1)))
        yield '</a>'
    if ((undefined(name='article') if l_0_article is missing else l_0_article) < 35):
        pass
        yield ' <a href="'
        yield escape(environment.finalize(((undefined(name='article') if l_0_article is missing else l_0_article) + 1)))
        yield '.html">Article '
        yield escape(environment.finalize(((undefined(name='article') if l_0_article is missing else l_0_article) + 1)))
        yield '</a>'
    yield '</p>\n<div class="wide"><table>\n<caption>Countries by grade of article '
    yield escape(environment.finalize((undefined(name='article') if l_0_article is missing else l_0_article)))
    yield ' (laws in force)</caption>\n<thead><tr><th scope="col">Grade</th><th scope="col" class="num">Countries</th></tr></thead>\n<tbody>\n'
    for (l_1_word, l_1_n) in (undefined(name='counts') if l_0_counts is missing else l_0_counts):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.finalize(l_1_word))
        yield '</th><td class="num">'
        yield escape(environment.finalize(l_1_n))
        yield '</td></tr>\n'
    l_1_word = l_1_n = missing
    yield '</tbody></table></div>\n<div class="wide"><table>\n<caption>Every country\'s provision, grade and evidence for article '
    yield escape(environment.finalize((undefined(name='article') if l_0_article is missing else l_0_article)))
    yield '</caption>\n<thead><tr><th scope="col">Country</th><th scope="col">Enacted</th><th scope="col">Law or bill</th><th scope="col">Provision</th><th scope="col">Grade</th><th scope="col">Evidence</th></tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_e, l_1_loop in LoopContext((undefined(name='entries') if l_0_entries is missing else l_0_entries), undefined):
        l_1_root = resolve('root')
        l_1_c = missing
        _loop_vars = {}
        pass
        l_1_c = environment.getattr(environment.getattr(environment.getattr(l_1_e, 'view'), 'progress'), 'country')
        _loop_vars['c'] = l_1_c
        if environment.getattr(l_1_e, 'row'):
            pass
            l_2_loop = missing
            for l_2_p, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_e, 'row'), 'provisions'), undefined):
                l_2_coverage_text = resolve('coverage_text')
                l_2_cite = resolve('cite')
                _loop_vars = {}
                pass
                yield '<tr>'
                if environment.getattr(l_2_loop, 'first'):
                    pass
                    yield '<th scope="row" rowspan="'
                    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_e, 'row'), 'provisions'))))
                    yield '"><a href="'
                    yield escape(environment.finalize((undefined(name='root') if l_1_root is missing else l_1_root)))
                    yield 'countries/'
                    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'code')))
                    yield '.html#art-'
                    yield escape(environment.finalize((undefined(name='article') if l_0_article is missing else l_0_article)))
                    yield '">'
                    yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')))
                    yield '</a></th><td rowspan="'
                    yield escape(environment.finalize(t_1(environment.getattr(environment.getattr(l_1_e, 'row'), 'provisions'))))
                    yield '">'
                    yield escape(environment.finalize((context.call((undefined(name='coverage_text') if l_2_coverage_text is missing else l_2_coverage_text), environment.getattr(environment.getattr(l_1_e, 'row'), 'grade'), _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_1_e, 'row'), 'grade') else '—')))
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
                        yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_1_e, 'view'), [environment.getattr(l_2_p, 'evidence_source')], (undefined(name='root') if l_1_root is missing else l_1_root), _loop_vars=_loop_vars)))
                else:
                    pass
                    yield '—'
                yield ' '
                yield escape(environment.finalize(context.call((undefined(name='cite') if l_2_cite is missing else l_2_cite), environment.getattr(l_1_e, 'view'), environment.getattr(l_2_p, 'sources'), (undefined(name='root') if l_1_root is missing else l_1_root), _loop_vars=_loop_vars)))
                yield '</td></tr>\n'
            l_2_loop = l_2_p = l_2_coverage_text = l_2_cite = missing
        else:
            pass
            yield '<tr><th scope="row"><a href="'
            yield escape(environment.finalize((undefined(name='root') if l_1_root is missing else l_1_root)))
            yield 'countries/'
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'code')))
            yield '.html">'
            yield escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'name')))
            yield '</a></th><td colspan="5">not assessed</td></tr>\n'
    l_1_loop = l_1_e = l_1_c = l_1_root = missing
    yield '</tbody></table></div>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=12&2=17&3=32&4=52&5=56&7=73&10=75&11=79&15=85&18=88&19=93&20=95&21=98&22=104&25=147'