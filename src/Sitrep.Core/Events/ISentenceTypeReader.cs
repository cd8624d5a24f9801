using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>Reads each sentence of a document as the PLOVER type of event it reports, or NONE.</summary>
public interface ISentenceTypeReader
{
    /// <summary>One type per sentence, by sentence index.</summary>
    SentenceType[] Read(Document document);
}
