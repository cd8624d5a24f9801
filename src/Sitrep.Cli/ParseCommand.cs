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
            SyntaxModelOrNull(resources, error, out var model);
            if (model is null) return SitrepCli.SomeInputsFailed;
            var pipeline = SitrepPipelines.Syntax(resources, model);
            var reader = new DocumentReader(new ReaderOptions());
            int failures = 0;
            foreach (var input in ExtractCommand.ExpandInputs(parse.GetValue(files)!, error, ref failures))
            {
                try
                {
                    var doc = reader.Read(ExtractCommand.ReadInput(input, new ReaderOptions().MaxBytes, standardInput), input);
                    ConlluWriter.Write(pipeline.Run(doc), output);
                }
                catch (Exception e) when (e is DocumentReadException or PipelineException)
                {
                    error.WriteLine($"sitrep: {e.Message}");
                    failures++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"sitrep: {input}: {e.Message}");
                    failures++;
                }
            }
            output.Flush();
            return failures == 0 ? SitrepCli.Ok : SitrepCli.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>The installed parser, or null after saying why there is none.</summary>
    public static void SyntaxModelOrNull(SitrepResources resources, TextWriter error, out Syntax.SyntaxModel? model)
    {
        try
        {
            model = resources.Syntax;
            if (model is null) error.WriteLine($"sitrep: no parser model at {SitrepResources.ParserModelPath(resources.DataDirectory)} (train one with: sitrep train parser).");
        }
        catch (InvalidDataException e)
        {
            error.WriteLine($"sitrep: {e.Message}");
            model = null;
        }
    }
}
