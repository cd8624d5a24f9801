using System.CommandLine;
using Sitrep.Composition;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Reading;

namespace Sitrep.Cli;

/// <summary>sitrep parse FILE... --format conllu: the part-of-speech tags and dependency trees of any text, for the tools of the Universal Dependencies ecosystem.</summary>
public static class ParseCommand
{
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> standardInput)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Text, Markdown or HTML files, directories of them, or - for standard input." };
        var format = new Option<string>("--format") { Description = "conllu (the only format).", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu");
        var data = new Option<string?>("--data") { Description = "Directory of Sitrep's dictionaries (default: the data/ shipped with the program)." };
        var command = new Command("parse", "Print the part-of-speech tags and dependency tree of every sentence, as CoNLL-U.") { files, format, data };
        command.SetAction(parse =>
        {
            if (SitrepCli.LoadResources(parse.GetValue(data), error) is not { } resources) return SitrepCli.SomeInputsFailed;
            if (LoadSyntax(resources, out var problem) is not { } model)
            {
                error.WriteLine($"sitrep: {problem}");
                return SitrepCli.SomeInputsFailed;
            }
            var pipeline = SitrepPipelines.Syntax(resources, model);
            int failures = ExtractCommand.EachDocument(parse.GetValue(files)!, new ReaderOptions(), pipeline, error, standardInput, doc => ConlluWriter.Write(doc, output));
            output.Flush();
            return failures == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>The installed parser, or null with the reason there is none.</summary>
    public static Syntax.SyntaxModel? LoadSyntax(SitrepResources resources, out string? problem)
    {
        try
        {
            var model = resources.Syntax;
            problem = model is null ? $"no parser model at {SitrepResources.ParserModelPath(resources.DataDirectory)} (train one with: sitrep train parser)." : null;
            return model;
        }
        catch (InvalidDataException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
