using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Composition.Templates;

/// <summary>
/// Scriban's <c>include</c>, whose result is the included template's output: already encoded value
/// by value, so it is written as <see cref="TrustedText"/> and not escaped a second time.
/// </summary>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedText);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedText(_include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new TrustedText((await _include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
