using System.Globalization;
using Briefings.Common;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Composition.Templates;

/// <summary>
/// Parses and renders Scriban templates in a sandbox: the model is pushed as <see cref="ScriptObject"/>
/// globals, the only functions are <c>include</c>, <c>yaml</c>, <c>id_attribute</c> and <c>code</c>, an unknown
/// variable or member is an error, and loops, recursion, output size and time are bounded by
/// <see cref="TemplateOptions"/>. Every failure is a <see cref="TemplateException"/> at the template's
/// <c>file:line:column</c>.
/// </summary>
public sealed class TemplateRenderer(TemplateFolder folder, TemplateOptions options)
{
    private static readonly ScriptObject Builtins = CreateBuiltins();

    public TemplateFolder Folder => folder;

    /// <summary>Parses a template; a syntax error is thrown at its line and column.</summary>
    public Template Parse(string displayPath, string source)
    {
        var template = Template.Parse(source, displayPath);
        if (template.HasErrors)
        {
            var first = template.Messages.First(message => message.Type == ParserMessageType.Error);
            throw new TemplateException(At(first.Span, displayPath), first.Message);
        }
        return template;
    }

    /// <summary>Renders the template with the model as its variables; each value written is passed through <paramref name="encode"/>.</summary>
    public string Render(Template template, ScriptObject model, Func<string, string> encode)
    {
        using var deadline = new CancellationTokenSource(options.TimeLimit);
        var context = new EncodingTemplateContext(Builtins, encode)
        {
            TemplateLoader = new TemplateLoader(folder),
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = options.LoopLimit,
            RecursiveLimit = options.RecursiveLimit,
            LimitToString = options.LimitToString,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = options.MaxOutputChars,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = deadline.Token,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        // What a template assigns lands here, not in the model.
        context.PushGlobal(new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException error) when (deadline.IsCancellationRequested)
        {
            throw new TemplateException(At(error.Span, template.SourceFilePath),
                $"the template is still rendering after its time limit of {options.TimeLimit.TotalSeconds:0} s; it probably repeats without end.");
        }
        catch (ScriptParserRuntimeException error) when (error.ParserMessages.FirstOrDefault(message => message.Type == ParserMessageType.Error) is { } first)
        {
            throw new TemplateException(At(first.Span, template.SourceFilePath), first.Message, error);
        }
        catch (ScriptRuntimeException error)
        {
            throw new TemplateException(At(error.Span, template.SourceFilePath), error.OriginalMessage, error);
        }
    }

    /// <summary>Scriban counts lines and columns from 0; errors count from 1.</summary>
    private static SourceLocation At(SourceSpan span, string? fallbackFile) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackFile ?? "" : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("include", new TrustedInclude(), readOnly: true);
        builtins.SetValue("yaml", DelegateCustomFunction.CreateFunc<object?, TrustedText>(value => new TrustedText(TemplateFunctions.YamlString(value))), readOnly: true);
        builtins.SetValue("id_attribute", DelegateCustomFunction.CreateFunc<object?, TrustedText>(value => new TrustedText(TemplateFunctions.IdAttribute(value))), readOnly: true);
        builtins.SetValue("code", DelegateCustomFunction.CreateFunc<object?, TrustedText>(value => new TrustedText(TemplateFunctions.CodeSpan(value))), readOnly: true);
        builtins.IsReadOnly = true;
        return builtins;
    }
}
