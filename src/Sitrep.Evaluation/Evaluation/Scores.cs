using Sitrep.Documents;
namespace Sitrep.Evaluation;

/// <summary>Precision, recall and F1 from counts; zero where the counts leave them undefined.</summary>
public static class Scores
{
    public static double Precision(int correct, int predicted) => predicted == 0 ? 0 : (double)correct / predicted;

    public static double Recall(int correct, int gold) => gold == 0 ? 0 : (double)correct / gold;

    public static double F1(int correct, int predicted, int gold)
    {
        double p = Precision(correct, predicted), r = Recall(correct, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
