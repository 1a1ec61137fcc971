from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'map.svg.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_standalone = resolve('standalone')
    l_0_top = resolve('top')
    l_0_m = resolve('m')
    l_0_legend_top = resolve('legend_top')
    l_0_rows = resolve('rows')
    l_0_list_top = resolve('list_top')
    l_0_small_lines = resolve('small_lines')
    l_0_missing_lines = resolve('missing_lines')
    l_0_total = resolve('total')
    l_0_view = resolve('view')
    l_0_y = resolve('y')
    l_0_namespace = resolve('namespace')
    l_0_line = resolve('line')
    l_0_pattern_marks = l_0_patterns = l_0_countries = l_0_inline_map = l_0_legend = missing
    try:
        t_1 = environment.filters['batch']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'batch' found.")
    try:
        t_2 = environment.filters['int']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'int' found.")
    try:
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_8 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    def macro(l_1_style):
        t_9 = []
        if l_1_style is missing:
            l_1_style = undefined("parameter 'style' was not provided", name='style')
        pass
        t_9.extend((
            '<rect width="8" height="8" fill="',
            escape(environment.finalize(environment.getattr(l_1_style, 'color'))),
            '"/>',
        ))
        if (environment.getattr(l_1_style, 'pattern') == 'hatch'):
            pass
            t_9.append(
                '<path d="M0 8L8 0M-2 2L2 -2M6 10L10 6" stroke="#ffffff" stroke-width="1.6"/>',
            )
        elif (environment.getattr(l_1_style, 'pattern') == 'cross'):
            pass
            t_9.append(
                '<path d="M0 8L8 0M-2 2L2 -2M6 10L10 6M0 0L8 8M-2 6L2 10M6 -2L10 2" stroke="#ffffff" stroke-width="1"/>',
            )
        elif (environment.getattr(l_1_style, 'pattern') == 'lines'):
            pass
            t_9.append(
                '<path d="M0 4H8" stroke="#1f2933" stroke-width="1"/>',
            )
        elif (environment.getattr(l_1_style, 'pattern') == 'dots'):
            pass
            t_9.append(
                '<circle cx="4" cy="4" r="1.4" fill="#1f2933"/>',
            )
        elif (environment.getattr(l_1_style, 'pattern') == 'rings'):
            pass
            t_9.append(
                '<circle cx="4" cy="4" r="2.2" fill="none" stroke="#1f2933" stroke-width="0.8"/>',
            )
        return concat(t_9)
    context.exported_vars.add('pattern_marks')
    context.vars['pattern_marks'] = l_0_pattern_marks = Macro(environment, macro, 'pattern_marks', ('style',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m):
        t_10 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_10.append(
            '<defs>\n',
        )
        for l_2_style in environment.getattr(l_1_m, 'patterns'):
            _loop_vars = {}
            pass
            t_10.extend((
                '<pattern id="',
                escape(environment.finalize(environment.getattr(l_1_m, 'prefix'))),
                '-',
                escape(environment.finalize(environment.getattr(l_2_style, 'key'))),
                '" width="8" height="8" patternUnits="userSpaceOnUse">',
                escape(environment.finalize(context.call((undefined(name='pattern_marks') if l_0_pattern_marks is missing else l_0_pattern_marks), l_2_style, _loop_vars=_loop_vars))),
                '</pattern>\n',
            ))
        l_2_style = missing
        t_10.append(
            '</defs>',
        )
        return concat(t_10)
    context.exported_vars.add('patterns')
    context.vars['patterns'] = l_0_patterns = Macro(environment, macro, 'patterns', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_11 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_11.append(
            '<g stroke="#52606d" stroke-width="0.4" stroke-linejoin="round">\n',
        )
        for l_2_c in environment.getattr(l_1_m, 'countries'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_c, 'd'):
                pass
                t_11.extend((
                    '<path data-code="',
                    escape(environment.finalize(environment.getattr(l_2_c, 'code'))),
                    '" d="',
                    escape(environment.finalize(environment.getattr(l_2_c, 'd'))),
                    '" fill="',
                    escape(environment.finalize(environment.getattr(l_2_c, 'fill'))),
                    '"><title>',
                    escape(environment.finalize(environment.getattr(l_2_c, 'title'))),
                    '</title></path>\n',
                ))
        l_2_c = missing
        t_11.append(
            '</g>\n<g stroke="#1f2933" stroke-width="1.2">\n',
        )
        for l_2_c in environment.getattr(l_1_m, 'countries'):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_c, 'dot'):
                pass
                t_11.extend((
                    '<circle data-code="',
                    escape(environment.finalize(environment.getattr(l_2_c, 'code'))),
                    '" class="dot" cx="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_c, 'dot'), 0))),
                    '" cy="',
                    escape(environment.finalize(environment.getitem(environment.getattr(l_2_c, 'dot'), 1))),
                    '" r="5" fill="',
                    escape(environment.finalize(environment.getattr(l_2_c, 'fill'))),
                    '"><title>',
                    escape(environment.finalize(environment.getattr(l_2_c, 'title'))),
                    '</title></circle>\n',
                ))
        l_2_c = missing
        t_11.append(
            '</g>',
        )
        return concat(t_11)
    context.exported_vars.add('countries')
    context.vars['countries'] = l_0_countries = Macro(environment, macro, 'countries', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_12 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_12.append(
            '<svg class="map',
        )
        if environment.getattr(l_1_m, 'americas'):
            pass
            t_12.append(
                ' americas',
            )
        t_12.extend((
            '" viewBox="0 0 ',
            escape(environment.finalize(environment.getattr(l_1_m, 'width'))),
            ' ',
            escape(environment.finalize(environment.getattr(l_1_m, 'height'))),
            '" width="',
            escape(environment.finalize(environment.getattr(l_1_m, 'width'))),
            '" height="',
            escape(environment.finalize(environment.getattr(l_1_m, 'height'))),
            '" role="img" aria-label="',
            escape(environment.finalize(environment.getattr(l_1_m, 'label'))),
            '"><title>',
            escape(environment.finalize(environment.getattr(l_1_m, 'label'))),
            '</title>\n',
            escape(environment.finalize(context.call((undefined(name='patterns') if l_0_patterns is missing else l_0_patterns), l_1_m))),
            '\n',
            escape(environment.finalize(context.call((undefined(name='countries') if l_0_countries is missing else l_0_countries), l_1_m))),
            '\n</svg>',
        ))
        return concat(t_12)
    context.exported_vars.add('inline_map')
    context.vars['inline_map'] = l_0_inline_map = Macro(environment, macro, 'inline_map', ('m',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_m):
        t_13 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_13.append(
            '<ul class="legend">\n',
        )
        for l_2_style in environment.getattr(l_1_m, 'legend_styles'):
            _loop_vars = {}
            pass
            t_13.extend((
                '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><rect width="16" height="16" fill="',
                escape(environment.finalize(context.call(environment.getattr(l_1_m, 'fill'), l_2_style, _loop_vars=_loop_vars))),
                '" stroke="#52606d"/></svg>',
                escape(environment.finalize(environment.getattr(l_2_style, 'word'))),
                '</li>\n',
            ))
        l_2_style = missing
        t_13.append(
            '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><circle cx="8" cy="8" r="6" fill="#ffffff" stroke="#1f2933" stroke-width="1.5"/></svg>dot: a state too small to see at this scale</li>\n</ul>',
        )
        return concat(t_13)
    context.exported_vars.add('legend')
    context.vars['legend'] = l_0_legend = Macro(environment, macro, 'legend', ('m',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    if (t_8((undefined(name='standalone') if l_0_standalone is missing else l_0_standalone)) and (undefined(name='standalone') if l_0_standalone is missing else l_0_standalone)):
        pass
        l_0_top = 44
        context.vars['top'] = l_0_top
        context.exported_vars.add('top')
        l_0_legend_top = (((undefined(name='top') if l_0_top is missing else l_0_top) + environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'height')) + 16)
        context.vars['legend_top'] = l_0_legend_top
        context.exported_vars.add('legend_top')
        l_0_rows = t_2(t_7(((t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'styles')) + 2) / 2), 0, 'ceil'))
        context.vars['rows'] = l_0_rows
        context.exported_vars.add('rows')
        l_0_list_top = (((undefined(name='legend_top') if l_0_legend_top is missing else l_0_legend_top) + ((undefined(name='rows') if l_0_rows is missing else l_0_rows) * 28)) + 12)
        context.vars['list_top'] = l_0_list_top
        context.exported_vars.add('list_top')
        l_0_small_lines = t_5(context.eval_ctx, t_1(t_6(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'small'), attribute='name'), 6))
        context.vars['small_lines'] = l_0_small_lines
        context.exported_vars.add('small_lines')
        l_0_missing_lines = t_5(context.eval_ctx, t_1(t_6(context, environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing'), attribute='name'), 6))
        context.vars['missing_lines'] = l_0_missing_lines
        context.exported_vars.add('missing_lines')
        l_0_total = (((undefined(name='list_top') if l_0_list_top is missing else l_0_list_top) + ((((t_4((undefined(name='small_lines') if l_0_small_lines is missing else l_0_small_lines)) + (1 if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'small') else 0)) + t_4((undefined(name='missing_lines') if l_0_missing_lines is missing else l_0_missing_lines))) + (1 if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing') else 0)) * 24)) + 8)
        context.vars['total'] = l_0_total
        context.exported_vars.add('total')
        yield '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 '
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'width')))
        yield ' '
        yield escape(environment.finalize((undefined(name='total') if l_0_total is missing else l_0_total)))
        yield '" width="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'width')))
        yield '" height="'
        yield escape(environment.finalize((undefined(name='total') if l_0_total is missing else l_0_total)))
        yield '" role="img" aria-label="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'label')))
        yield '" font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, \'Noto Sans\', \'DejaVu Sans\', sans-serif">\n<title>'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'label')))
        yield '</title>\n'
        yield escape(environment.finalize(context.call((undefined(name='patterns') if l_0_patterns is missing else l_0_patterns), (undefined(name='m') if l_0_m is missing else l_0_m))))
        yield '\n<rect width="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'width')))
        yield '" height="'
        yield escape(environment.finalize((undefined(name='total') if l_0_total is missing else l_0_total)))
        yield '" fill="#ffffff"/>\n<text x="8" y="28" font-size="20" font-weight="600" fill="#1f2933">'
        yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'treaty'), 'label')))
        yield ': stage as of '
        yield escape(environment.finalize(context.call(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'as_of'), 'isoformat'))))
        if environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'filters'):
            pass
            yield ' ('
            yield escape(environment.finalize(t_3(context.eval_ctx, environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'filters'), '; ')))
            yield ')'
        yield '</text>\n<clipPath id="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'prefix')))
        yield '-frame"><rect width="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'width')))
        yield '" height="'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'height')))
        yield '"/></clipPath>\n<g transform="translate(0 '
        yield escape(environment.finalize((undefined(name='top') if l_0_top is missing else l_0_top)))
        yield ')" clip-path="url(#'
        yield escape(environment.finalize(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'prefix')))
        yield '-frame)">\n'
        yield escape(environment.finalize(context.call((undefined(name='countries') if l_0_countries is missing else l_0_countries), (undefined(name='m') if l_0_m is missing else l_0_m))))
        yield '\n</g>\n'
        l_1_loop = missing
        for l_1_style, l_1_loop in LoopContext(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'legend_styles'), undefined):
            l_1_y = l_0_y
            l_1_x = missing
            _loop_vars = {}
            pass
            l_1_x = (8 + ((environment.getattr(l_1_loop, 'index0') % 2) * 500))
            _loop_vars['x'] = l_1_x
            l_1_y = ((undefined(name='legend_top') if l_0_legend_top is missing else l_0_legend_top) + ((environment.getattr(l_1_loop, 'index0') // 2) * 28))
            _loop_vars['y'] = l_1_y
            yield '<rect x="'
            yield escape(environment.finalize((undefined(name='x') if l_1_x is missing else l_1_x)))
            yield '" y="'
            yield escape(environment.finalize((undefined(name='y') if l_1_y is missing else l_1_y)))
            yield '" width="28" height="18" fill="'
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'fill'), l_1_style, _loop_vars=_loop_vars)))
            yield '" stroke="#52606d"/><text x="'
            yield escape(environment.finalize(((undefined(name='x') if l_1_x is missing else l_1_x) + 36)))
            yield '" y="'
            yield escape(environment.finalize(((undefined(name='y') if l_1_y is missing else l_1_y) + 15)))
            yield '" font-size="16" fill="#1f2933">'
            yield escape(environment.finalize(environment.getattr(l_1_style, 'word')))
            yield '</text>\n'
        l_1_loop = l_1_style = l_1_x = l_1_y = missing
        l_0_y = ((undefined(name='legend_top') if l_0_legend_top is missing else l_0_legend_top) + (((t_4(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'styles')) + 1) // 2) * 28))
        context.vars['y'] = l_0_y
        context.exported_vars.add('y')
        yield '<circle cx="522" cy="'
        yield escape(environment.finalize(((undefined(name='y') if l_0_y is missing else l_0_y) + 9)))
        yield '" r="6" fill="#ffffff" stroke="#1f2933" stroke-width="1.5"/><text x="544" y="'
        yield escape(environment.finalize(((undefined(name='y') if l_0_y is missing else l_0_y) + 15)))
        yield '" font-size="16" fill="#1f2933">dot: a state too small to see at this scale</text>\n'
        l_0_line = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), y=(undefined(name='list_top') if l_0_list_top is missing else l_0_list_top))
        context.vars['line'] = l_0_line
        context.exported_vars.add('line')
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'small'):
            pass
            yield '<text x="8" y="'
            yield escape(environment.finalize((environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 16)))
            yield '" font-size="16" font-weight="600" fill="#1f2933">Marked with a dot:</text>\n'
            if not isinstance(l_0_line, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_line['y'] = (environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 24)
            for l_1_names in (undefined(name='small_lines') if l_0_small_lines is missing else l_0_small_lines):
                _loop_vars = {}
                pass
                yield '<text x="8" y="'
                yield escape(environment.finalize((environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 16)))
                yield '" font-size="16" fill="#1f2933">'
                yield escape(environment.finalize(t_3(context.eval_ctx, l_1_names, ', ')))
                yield '</text>\n'
                if not isinstance(l_0_line, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_line['y'] = (environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 24)
            l_1_names = missing
        if environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'missing'):
            pass
            yield '<text x="8" y="'
            yield escape(environment.finalize((environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 16)))
            yield '" font-size="16" font-weight="600" fill="#1f2933">Not in the map data:</text>\n'
            if not isinstance(l_0_line, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_line['y'] = (environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 24)
            for l_1_names in (undefined(name='missing_lines') if l_0_missing_lines is missing else l_0_missing_lines):
                _loop_vars = {}
                pass
                yield '<text x="8" y="'
                yield escape(environment.finalize((environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 16)))
                yield '" font-size="16" fill="#1f2933">'
                yield escape(environment.finalize(t_3(context.eval_ctx, l_1_names, ', ')))
                yield '</text>\n'
                if not isinstance(l_0_line, Namespace):
                    raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
                l_0_line['y'] = (environment.getattr((undefined(name='line') if l_0_line is missing else l_0_line), 'y') + 24)
            l_1_names = missing
        yield '</svg>\n'

blocks = {}
debug_info = '6=73&7=80&8=83&9=88&10=93&11=98&12=103&16=112&18=120&19=125&25=139&27=147&28=150&29=154&34=167&35=170&36=174&43=192&44=200&45=219&46=221&51=227&53=235&54=240&60=253&61=255&62=258&63=261&64=264&65=267&66=270&67=273&68=277&69=287&70=289&71=291&72=295&73=304&74=310&75=314&77=317&78=322&79=324&80=327&82=340&83=344&84=348&85=351&86=354&87=358&88=359&89=363&90=369&93=371&94=374&95=378&96=379&97=383&98=389'