using System.Diagnostics;
using System.Text;
using Sitrep.Cli;

namespace Sitrep.Tests.Support;

/// <summary>The sitrep command as a user runs it: in this process from the repository root, or as a process of its own.</summary>
public static class SitrepCommand
{
    /// <summary>Runs the command in-process with the working directory at the repository, so relative paths read as a user writes them.</summary>
    public static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Directory.SetCurrentDirectory(Some.RepositoryRoot);
        int code = SitrepCli.Run(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Starts `sitrep ARGS...` as a process of its own, its output redirected.</summary>
    public static Process Start(IEnumerable<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "exec", typeof(SitrepCli).Assembly.Location }.Concat(args)) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }
}
