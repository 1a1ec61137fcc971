from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/sources.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('site/base.html.j2', 'site/sources.html.j2')
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
    yield 'Sources'

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_sources = resolve('sources')
    pass
    yield '<h1>Sources</h1>\n<p>Every source a page of this site cites, by id.</p>\n<ul class="sources">\n'
    for l_1_s in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        l_1_source_anchor = resolve('source_anchor')
        l_1_safe_href = resolve('safe_href')
        l_1_date_text = resolve('date_text')
        _loop_vars = {}
        pass
        yield '<li id="'
        yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_1_source_anchor is missing else l_1_source_anchor), environment.getattr(l_1_s, 'id'), _loop_vars=_loop_vars)))
        yield '"><code>'
        yield escape(environment.finalize(environment.getattr(l_1_s, 'id')))
        yield '</code>: '
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
        if environment.getattr(l_1_s, 'accessed'):
            pass
            yield ' (read '
            yield escape(environment.finalize(context.call((undefined(name='date_text') if l_1_date_text is missing else l_1_date_text), environment.getattr(l_1_s, 'accessed'), _loop_vars=_loop_vars)))
            yield ')'
        if environment.getattr(l_1_s, 'same_as'):
            pass
            yield '; the same document as <a href="#'
            yield escape(environment.finalize(context.call((undefined(name='source_anchor') if l_1_source_anchor is missing else l_1_source_anchor), environment.getattr(l_1_s, 'same_as'), _loop_vars=_loop_vars)))
            yield '">'
            yield escape(environment.finalize(environment.getattr(l_1_s, 'same_as')))
            yield '</a>'
        if environment.getattr(l_1_s, 'note'):
            pass
            yield '. '
            yield escape(environment.finalize(environment.getattr(l_1_s, 'note')))
        yield '</li>\n'
    l_1_s = l_1_source_anchor = l_1_safe_href = l_1_date_text = missing
    yield '</ul>\n'

blocks = {'title': block_title, 'content': block_content}
debug_info = '1=12&2=17&3=27&7=37&8=44'