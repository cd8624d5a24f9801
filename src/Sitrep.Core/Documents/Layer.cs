namespace Sitrep.Documents;

/// <summary>The layers of annotation a <see cref="Document"/> carries; stages declare which they need and add.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1 << 0,
    Times = 1 << 1,
    Quantities = 1 << 2,
    MentionCandidates = 1 << 3,
    Mentions = 1 << 4,
    Entities = 1 << 5,
    Quotes = 1 << 6,
    Events = 1 << 7,
    Claims = 1 << 8,
    Warnings = 1 << 9,
    /// <summary>The source's metadata read from the text (outlet, headline, dateline) and the publication date decided.</summary>
    Metadata = 1 << 10,
    /// <summary>Part-of-speech tags and dependency trees (<see cref="DependencyParse"/>).</summary>
    Syntax = 1 << 11,
    /// <summary>Each sentence's most likely PLOVER root by the event classifier (<see cref="SentenceType"/>).</summary>
    SentenceTypes = 1 << 12,
}
