using System.Reflection;
using System.Reflection.Emit;

namespace Briefings.Testing;

/// <summary>
/// Every type a type refers to: its base type and interfaces, fields, properties, method signatures,
/// attributes, and the types and members its method bodies name (read from the IL), so a dependency
/// hidden in a method body counts as much as one in a signature. Nested and compiler-generated types
/// (lambdas, iterators, async state machines) count for the type that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? referenced)
        {
            if (referenced is null)
                return;
            if (referenced.HasElementType)
            {
                Add(referenced.GetElementType());
                return;
            }
            if (referenced.IsGenericType && !referenced.IsGenericTypeDefinition)
            {
                Add(referenced.GetGenericTypeDefinition());
                foreach (var argument in referenced.GetGenericArguments())
                    Add(argument);
                return;
            }
            if (!referenced.IsGenericParameter)
                found.Add(referenced);
        }

        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces())
            Add(contract);
        foreach (var attribute in type.CustomAttributes)
            Add(attribute.AttributeType);
        foreach (var field in type.GetFields(Declared))
            Add(field.FieldType);
        foreach (var property in type.GetProperties(Declared))
            Add(property.PropertyType);
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
                Add(info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Add(parameter.ParameterType);
            foreach (var referenced in InBody(method))
                Add(referenced);
        }
        return found;
    }

    /// <summary>The types a method body names: locals, and the types of the members and tokens its instructions use.</summary>
    private static IEnumerable<Type?> InBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
            yield break;
        foreach (var local in body.LocalVariables)
            yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            var code = OpCodesByValue[value];
            at += code.Size;
            var token = code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok
                ? BitConverter.ToInt32(il, at)
                : 0;
            at += OperandSize(code, il, at);
            if (token == 0)
                continue;
            MemberInfo? member;
            try
            {
                member = method.Module.ResolveMember(token, typeArguments, methodArguments);
            }
            catch (ArgumentException)
            {
                continue;
            }
            switch (member)
            {
                case Type referenced:
                    yield return referenced;
                    break;
                case FieldInfo field:
                    yield return field.DeclaringType;
                    yield return field.FieldType;
                    break;
                case MethodBase called:
                    yield return called.DeclaringType;
                    if (called is MethodInfo info)
                        yield return info.ReturnType;
                    break;
            }
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
