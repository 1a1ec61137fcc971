from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'site/macros.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_text_table = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro(l_1_table, l_1_id):
        t_2 = []
        if l_1_table is missing:
            l_1_table = undefined("parameter 'table' was not provided", name='table')
        if l_1_id is missing:
            l_1_id = undefined("parameter 'id' was not provided", name='id')
        pass
        t_2.extend((
            '<div class="wide"><table id="',
            escape(environment.finalize(l_1_id)),
            '">\n<caption>',
            escape(environment.finalize(environment.getattr(l_1_table, 'title'))),
            '</caption>\n<thead><tr>',
        ))
        l_2_loop = missing
        for l_2_h, l_2_loop in LoopContext(environment.getattr(l_1_table, 'headers'), undefined):
            _loop_vars = {}
            pass
            t_2.append(
                '<th scope="col"',
            )
            if (environment.getattr(l_2_loop, 'index0') in environment.getattr(l_1_table, 'numeric')):
                pass
                t_2.append(
                    ' class="num"',
                )
            t_2.extend((
                '>',
                escape(environment.finalize(l_2_h)),
                '</th>',
            ))
        l_2_loop = l_2_h = missing
        t_2.append(
            '</tr></thead>\n<tbody>\n',
        )
        l_2_loop = missing
        t_3 = 1
        for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_table, 'rows'), undefined):
            _loop_vars = {}
            pass
            t_2.append(
                '<tr>',
            )
            l_3_loop = missing
            for l_3_cell, l_3_loop in LoopContext(l_2_row, undefined):
                _loop_vars = {}
                pass
                t_2.append(
                    '<td',
                )
                if (environment.getattr(l_3_loop, 'index0') in environment.getattr(l_1_table, 'numeric')):
                    pass
                    t_2.append(
                        ' class="num"',
                    )
                t_2.extend((
                    '>',
                    escape(environment.finalize(l_3_cell)),
                    '</td>',
                ))
            l_3_loop = l_3_cell = missing
            t_2.append(
                '</tr>\n',
            )
            t_3 = 0
        l_2_loop = l_2_row = missing
        if t_3:
            pass
            t_2.extend((
                '<tr><td colspan="',
                escape(environment.finalize(t_1(environment.getattr(l_1_table, 'headers')))),
                '">',
                escape(environment.finalize(environment.getattr(l_1_table, 'empty'))),
                '</td></tr>\n',
            ))
        t_2.append(
            '</tbody></table></div>\n',
        )
        if (environment.getattr(l_1_table, 'note') and environment.getattr(l_1_table, 'rows')):
            pass
            t_2.extend((
                '<p class="note">',
                escape(environment.finalize(environment.getattr(l_1_table, 'note'))),
                '</p>',
            ))
        return concat(t_2)
    context.exported_vars.add('text_table')
    context.vars['text_table'] = l_0_text_table = Macro(environment, macro, 'text_table', ('table', 'id'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=18&3=27&4=29&5=33&7=55&8=62&10=88&13=96'