using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Sitrep.Tests.Architecture;

/// <summary>
/// Which namespaces of one compiled assembly use which, read from its IL (signatures, fields,
/// base types and every instruction's operand), so an unused using or a comment counts for
/// nothing and a fully qualified name counts as much as an import.
/// </summary>
public sealed class CodeDependencies
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private CodeDependencies(string assemblyName) => AssemblyName = assemblyName;

    public string AssemblyName { get; }

    /// <summary>Namespace → namespaces it uses, each with one example ("Type uses Type").</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    /// <summary>The assembly's own namespaces, each the folder of a project.</summary>
    public IEnumerable<string> Namespaces => _edges.Keys;

    public static CodeDependencies Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var deps = new CodeDependencies(module.Assembly.Name.Name);
        var own = module.Types.Select(t => t.Namespace).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var ns in own) deps._edges[ns] = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = TopLevel(type).Namespace;
            if (from.Length == 0) continue;
            void Use(TypeReference? used)
            {
                foreach (var t in Flatten(used))
                {
                    var to = TopLevel(t).Namespace;
                    if (to != from && own.Contains(to) && t.Scope.MetadataScopeType != MetadataScopeType.AssemblyNameReference)
                        deps._edges[from].TryAdd(to, $"{TopLevel(type).Name} uses {TopLevel(t).Name}");
                }
            }
            Use(type.BaseType);
            foreach (var i in type.Interfaces) Use(i.InterfaceType);
            foreach (var f in type.Fields) Use(f.FieldType);
            foreach (var p in type.Properties) Use(p.PropertyType);
            foreach (var m in type.Methods)
            {
                Use(m.ReturnType);
                foreach (var p in m.Parameters) Use(p.ParameterType);
                if (!m.HasBody) continue;
                foreach (var v in m.Body.Variables) Use(v.VariableType);
                foreach (var instruction in m.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t: Use(t); break;
                        case MethodReference mr:
                            Use(mr.DeclaringType);
                            Use(mr.ReturnType);
                            foreach (var p in mr.Parameters) Use(p.ParameterType);
                            if (mr is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) Use(a);
                            break;
                        case FieldReference fr: Use(fr.DeclaringType); Use(fr.FieldType); break;
                    }
                }
            }
        }
        return deps;
    }

    private static TypeReference TopLevel(TypeReference t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    /// <summary>The named types inside a reference: List&lt;Entity[]&gt; gives List and Entity.</summary>
    private static IEnumerable<TypeReference> Flatten(TypeReference? t)
    {
        if (t is null || t is GenericParameter) yield break;
        switch (t)
        {
            case GenericInstanceType g:
                foreach (var x in Flatten(g.ElementType)) yield return x;
                foreach (var a in g.GenericArguments)
                    foreach (var x in Flatten(a)) yield return x;
                break;
            case TypeSpecification s:
                foreach (var x in Flatten(s.ElementType)) yield return x;
                break;
            default:
                yield return t;
                break;
        }
    }

    /// <summary>Groups of namespaces that use each other in a loop (strongly connected components of more than one).</summary>
    public List<List<string>> Cycles()
    {
        int index = 0;
        var indexOf = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        void Visit(string v)
        {
            indexOf[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in _edges[v].Keys)
            {
                if (!indexOf.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], indexOf[w]);
            }
            if (low[v] != indexOf[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal))
            if (!indexOf.ContainsKey(v)) Visit(v);
        return cycles;
    }

    /// <summary>A cycle's edges with an example each, for the failure message.</summary>
    public string Describe(IReadOnlyCollection<string> cycle) =>
        string.Join("; ", cycle.SelectMany(a => _edges[a].Where(e => cycle.Contains(e.Key)).Select(e => $"{Short(a)} → {Short(e.Key)} ({e.Value})")));

    private static string Short(string ns) => ns.StartsWith("Sitrep.", StringComparison.Ordinal) ? ns["Sitrep.".Length..] : ns;
}
