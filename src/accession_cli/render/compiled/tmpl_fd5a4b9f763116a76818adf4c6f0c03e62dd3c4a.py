from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'charts.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_svg_open = l_0_swatch = l_0_stage_badge = l_0_bar_chart = l_0_coverage_legend = l_0_timeline_legend = missing
    try:
        t_1 = environment.filters['f1']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'f1' found.")
    try:
        t_2 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_width, l_1_height, l_1_label, l_1_kind):
        t_3 = []
        if l_1_width is missing:
            l_1_width = undefined("parameter 'width' was not provided", name='width')
        if l_1_height is missing:
            l_1_height = undefined("parameter 'height' was not provided", name='height')
        if l_1_label is missing:
            l_1_label = undefined("parameter 'label' was not provided", name='label')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_3.extend((
            '<svg class="',
            escape(environment.finalize(l_1_kind)),
            '" viewBox="0 0 ',
            escape(environment.finalize(l_1_width)),
            ' ',
            escape(environment.finalize(l_1_height)),
            '" width="',
            escape(environment.finalize(l_1_width)),
            '" height="',
            escape(environment.finalize(l_1_height)),
            '" role="img" aria-label="',
            escape(environment.finalize(l_1_label)),
            '"><title>',
            escape(environment.finalize(l_1_label)),
            '</title>',
        ))
        return concat(t_3)
    context.exported_vars.add('svg_open')
    context.vars['svg_open'] = l_0_svg_open = Macro(environment, macro, 'svg_open', ('width', 'height', 'label', 'kind'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_color):
        t_4 = []
        if l_1_color is missing:
            l_1_color = undefined("parameter 'color' was not provided", name='color')
        pass
        t_4.extend((
            '<svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false"><rect width="10" height="10" fill="',
            escape(environment.finalize(l_1_color)),
            '"/></svg>',
        ))
        return concat(t_4)
    context.exported_vars.add('swatch')
    context.vars['swatch'] = l_0_swatch = Macro(environment, macro, 'swatch', ('color',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_stage, l_1_text):
        t_5 = []
        l_1_STAGE_COLOR = resolve('STAGE_COLOR')
        if l_1_stage is missing:
            l_1_stage = undefined("parameter 'stage' was not provided", name='stage')
        if l_1_text is missing:
            l_1_text = undefined("parameter 'text' was not provided", name='text')
        pass
        if t_2(l_1_stage):
            pass
            t_5.append(
                escape(environment.finalize(l_1_text)),
            )
        else:
            pass
            t_5.extend((
                '<span class="stage">',
                escape(environment.finalize(context.call((undefined(name='swatch') if l_0_swatch is missing else l_0_swatch), environment.getitem((undefined(name='STAGE_COLOR') if l_1_STAGE_COLOR is missing else l_1_STAGE_COLOR), l_1_stage)))),
                escape(environment.finalize(l_1_text)),
                '</span>',
            ))
        return concat(t_5)
    context.exported_vars.add('stage_badge')
    context.vars['stage_badge'] = l_0_stage_badge = Macro(environment, macro, 'stage_badge', ('stage', 'text'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_title, l_1_counts):
        t_6 = []
        l_1_bar_chart_geometry = resolve('bar_chart_geometry')
        l_1_c = missing
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_counts is missing:
            l_1_counts = undefined("parameter 'counts' was not provided", name='counts')
        pass
        l_1_c = context.call((undefined(name='bar_chart_geometry') if l_1_bar_chart_geometry is missing else l_1_bar_chart_geometry), l_1_counts)
        t_6.extend((
            escape(environment.finalize(context.call((undefined(name='svg_open') if l_0_svg_open is missing else l_0_svg_open), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'width'), environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'height'), markup_join((l_1_title, ': countries per stage', )), 'bars'))),
            '\n<text x="0" y="14" font-size="13" font-weight="600" fill="#1f2933">',
            escape(environment.finalize(l_1_title)),
            '</text>\n',
        ))
        for l_2_bar in environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'bars'):
            l_2_STAGE_LABEL = resolve('STAGE_LABEL')
            l_2_STAGE_COLOR = resolve('STAGE_COLOR')
            _loop_vars = {}
            pass
            t_6.extend((
                '<text x="',
                escape(environment.finalize((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'label_w') - 6))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_2_bar, 'y') + 15))),
                '" font-size="12" text-anchor="end" fill="#1f2933">',
                escape(environment.finalize(environment.getitem((undefined(name='STAGE_LABEL') if l_2_STAGE_LABEL is missing else l_2_STAGE_LABEL), environment.getattr(l_2_bar, 'stage')))),
                '</text>\n<rect x="',
                escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'label_w'))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_2_bar, 'y') + 3))),
                '" width="',
                escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'bar_w'))),
                '" height="',
                escape(environment.finalize((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'row') - 8))),
                '" fill="#f4f6f8"/>\n',
            ))
            if environment.getattr(l_2_bar, 'number'):
                pass
                t_6.extend((
                    '<rect x="',
                    escape(environment.finalize(environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'label_w'))),
                    '" y="',
                    escape(environment.finalize((environment.getattr(l_2_bar, 'y') + 3))),
                    '" width="',
                    escape(environment.finalize(t_1(environment.getattr(l_2_bar, 'length')))),
                    '" height="',
                    escape(environment.finalize((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'row') - 8))),
                    '" fill="',
                    escape(environment.finalize(environment.getitem((undefined(name='STAGE_COLOR') if l_2_STAGE_COLOR is missing else l_2_STAGE_COLOR), environment.getattr(l_2_bar, 'stage')))),
                    '" stroke="#52606d" stroke-width="0.5"><title>',
                    escape(environment.finalize(environment.getitem((undefined(name='STAGE_LABEL') if l_2_STAGE_LABEL is missing else l_2_STAGE_LABEL), environment.getattr(l_2_bar, 'stage')))),
                    ': ',
                    escape(environment.finalize(environment.getattr(l_2_bar, 'countries'))),
                    '</title></rect>\n',
                ))
            t_6.extend((
                '<text x="',
                escape(environment.finalize(t_1(((environment.getattr((undefined(name='c') if l_1_c is missing else l_1_c), 'label_w') + environment.getattr(l_2_bar, 'length')) + 5)))),
                '" y="',
                escape(environment.finalize((environment.getattr(l_2_bar, 'y') + 15))),
                '" font-size="12" font-weight="600" fill="#1f2933">',
                escape(environment.finalize(environment.getattr(l_2_bar, 'number'))),
                '</text>\n',
            ))
        l_2_bar = l_2_STAGE_LABEL = l_2_STAGE_COLOR = missing
        t_6.append(
            '</svg>',
        )
        return concat(t_6)
    context.exported_vars.add('bar_chart')
    context.vars['bar_chart'] = l_0_bar_chart = Macro(environment, macro, 'bar_chart', ('title', 'counts'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_7 = []
        l_1_coverage_kinds = resolve('coverage_kinds')
        pass
        t_7.append(
            '<ul class="legend">\n',
        )
        for l_2_coverage in (undefined(name='coverage_kinds') if l_1_coverage_kinds is missing else l_1_coverage_kinds):
            l_2_COVERAGE_FILL = resolve('COVERAGE_FILL')
            l_2_COVERAGE_SYMBOL = resolve('COVERAGE_SYMBOL')
            _loop_vars = {}
            pass
            t_7.extend((
                '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><rect width="16" height="16" fill="',
                escape(environment.finalize(environment.getitem((undefined(name='COVERAGE_FILL') if l_2_COVERAGE_FILL is missing else l_2_COVERAGE_FILL), l_2_coverage))),
                '" stroke="#9aa5b1"/></svg>',
                escape(environment.finalize(environment.getitem((undefined(name='COVERAGE_SYMBOL') if l_2_COVERAGE_SYMBOL is missing else l_2_COVERAGE_SYMBOL), l_2_coverage))),
                ' ',
                escape(environment.finalize((environment.getattr(l_2_coverage, 'value') if (not t_2(l_2_coverage)) else 'not assessed'))),
                '</li>\n',
            ))
        l_2_coverage = l_2_COVERAGE_FILL = l_2_COVERAGE_SYMBOL = missing
        t_7.append(
            '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="14" height="14" fill="#ffffff" stroke="#111827" stroke-width="1.6" stroke-dasharray="3 2"/></svg>dashed outline (→ in the table): a pending bill would raise it</li>\n</ul>',
        )
        return concat(t_7)
    context.exported_vars.add('coverage_legend')
    context.vars['coverage_legend'] = l_0_coverage_legend = Macro(environment, macro, 'coverage_legend', (), False, False, False, context.eval_ctx.autoescape)
    def macro():
        t_8 = []
        l_1_Treaty = resolve('Treaty')
        l_1_legend_stages = resolve('legend_stages')
        pass
        t_8.append(
            '<ul class="legend">\n',
        )
        for l_2_treaty in (undefined(name='Treaty') if l_1_Treaty is missing else l_1_Treaty):
            l_2_TREATY_SHAPE = resolve('TREATY_SHAPE')
            l_2_shape = missing
            _loop_vars = {}
            pass
            l_2_shape = environment.getitem((undefined(name='TREATY_SHAPE') if l_2_TREATY_SHAPE is missing else l_2_TREATY_SHAPE), l_2_treaty)
            _loop_vars['shape'] = l_2_shape
            t_8.append(
                '<li><svg class="swatch" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">',
            )
            if ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'circle'):
                pass
                t_8.append(
                    '<circle cx="8" cy="8" r="6" fill="#ffffff" stroke="#1f2933"/>',
                )
            elif ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'square'):
                pass
                t_8.append(
                    '<rect x="2.5" y="2.5" width="11" height="11" fill="#ffffff" stroke="#1f2933"/>',
                )
            elif ((undefined(name='shape') if l_2_shape is missing else l_2_shape) == 'diamond'):
                pass
                t_8.append(
                    '<polygon points="8,1 15,8 8,15 1,8" fill="#ffffff" stroke="#1f2933"/>',
                )
            else:
                pass
                t_8.append(
                    '<polygon points="8,1 15,14 1,14" fill="#ffffff" stroke="#1f2933"/>',
                )
            t_8.extend((
                '</svg>',
                escape(environment.finalize(environment.getattr(l_2_treaty, 'label'))),
                '</li>\n',
            ))
        l_2_treaty = l_2_TREATY_SHAPE = l_2_shape = missing
        for (l_2_stage, l_2_letter, l_2_label) in (undefined(name='legend_stages') if l_1_legend_stages is missing else l_1_legend_stages):
            l_2_STAGE_COLOR = resolve('STAGE_COLOR')
            _loop_vars = {}
            pass
            t_8.extend((
                '<li>',
                escape(environment.finalize(context.call((undefined(name='swatch') if l_0_swatch is missing else l_0_swatch), environment.getitem((undefined(name='STAGE_COLOR') if l_2_STAGE_COLOR is missing else l_2_STAGE_COLOR), l_2_stage), _loop_vars=_loop_vars))),
                '<strong>',
                escape(environment.finalize(l_2_letter)),
                '</strong> ',
                escape(environment.finalize(l_2_label)),
                '</li>\n',
            ))
        l_2_stage = l_2_letter = l_2_label = l_2_STAGE_COLOR = missing
        t_8.append(
            '<li>dashed band: date known only to the month or year</li>\n<li>red dashed line: the as-of date</li>\n</ul>',
        )
        return concat(t_8)
    context.exported_vars.add('timeline_legend')
    context.vars['timeline_legend'] = l_0_timeline_legend = Macro(environment, macro, 'timeline_legend', (), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '5=24&6=37&10=55&11=62&14=69&15=77&18=94&19=103&20=105&21=107&22=110&23=117&24=123&25=132&26=136&28=153&33=168&35=175&36=182&46=196&48=204&49=209&51=214&52=219&53=224&55=236&57=240&58=246'