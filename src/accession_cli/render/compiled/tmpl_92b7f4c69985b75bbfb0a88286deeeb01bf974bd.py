from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/base.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_title = resolve('title')
    l_0_root = resolve('root')
    l_0_has_feed = resolve('has_feed')
    l_0_report = resolve('report')
    l_0_build_date = resolve('build_date')
    pass
    yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'self\'; img-src \'self\' data:; base-uri \'none\'; form-action \'none\'">\n<title>'
    yield from context.blocks['title'][0](context)
    yield ' · '
    yield escape(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</title>\n<link rel="stylesheet" href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'site.css">\n'
    if (undefined(name='has_feed') if l_0_has_feed is missing else l_0_has_feed):
        pass
        yield '<link rel="alternate" type="application/atom+xml" title="News" href="'
        yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
        yield 'feed.xml">\n'
    yield '</head>\n<body class="site">\n<a class="skip" href="#content">Skip to content</a>\n<header class="site-head"><p class="site-name"><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'index.html">'
    yield escape(environment.finalize((undefined(name='title') if l_0_title is missing else l_0_title)))
    yield '</a></p>\n<nav aria-label="Site"><ul>\n<li><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'index.html">Countries</a></li>\n<li><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'articles/2.html">Articles</a></li>\n<li><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'events.html">Events</a></li>\n<li><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'news.html">News</a></li>\n<li><a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'sources.html">Sources</a></li>\n</ul></nav></header>\n<main id="content">\n'
    yield from context.blocks['content'][0](context)
    yield '</main>\n<footer class="site-foot"><p>Dataset '
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'dataset'), 'version')))
    yield ', facts as of '
    yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of'), 'isoformat'))))
    if (undefined(name='build_date') if l_0_build_date is missing else l_0_build_date):
        pass
        yield '; built '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='build_date') if l_0_build_date is missing else l_0_build_date), 'isoformat'))))
    yield '.\nData: <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'api/index.json">JSON</a>, <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'downloads/accession.db">SQLite</a>, <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'downloads/accession-data.zip">Data Package</a>, <a href="'
    yield escape(environment.finalize((undefined(name='root') if l_0_root is missing else l_0_root)))
    yield 'feed.xml">Atom feed</a>.</p></footer>\n</body>\n</html>\n'

def block_title(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_content(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'title': block_title, 'content': block_content}
debug_info = '9=17&10=21&11=23&16=29&18=33&19=35&20=37&21=39&22=41&25=43&27=45&28=53&9=62&25=71'