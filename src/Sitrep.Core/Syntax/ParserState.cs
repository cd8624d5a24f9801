namespace Sitrep.Syntax;

/// <summary>
/// The configuration of an arc-hybrid parser over n words and a root after them (index n): a
/// stack, the front of the buffer, and the arcs made so far with each word's two leftmost and two
/// rightmost dependents. SHIFT pushes the front; LEFT makes the front the head of the stack's
/// top and pops it; RIGHT makes the word under the top its head and pops it. Once popped, a
/// word has all its dependents, so its relation is chosen then.
/// </summary>
public sealed class ParserState
{
    public const int Shift = 0, Right = 1, Left = 2, Moves = 3;

    private int[] _stack = [];
    private int[] _heads = [], _labels = [], _l1 = [], _l2 = [], _r1 = [], _r2 = [], _nl = [], _nr = [];

    public int Count { get; private set; }
    public int Depth { get; private set; }
    /// <summary>The front of the buffer; Count when only the root is left.</summary>
    public int Front { get; private set; }

    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Count);
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Count);

    public void Reset(int n)
    {
        Count = n;
        if (_heads.Length < n + 1)
        {
            int size = Math.Max(n + 1, _heads.Length * 2);
            _stack = new int[size];
            _heads = new int[size]; _labels = new int[size];
            _l1 = new int[size]; _l2 = new int[size]; _r1 = new int[size]; _r2 = new int[size];
            _nl = new int[size]; _nr = new int[size];
        }
        for (int i = 0; i <= n; i++)
        {
            _heads[i] = -1; _labels[i] = -1;
            _l1[i] = _l2[i] = _r1[i] = _r2[i] = -1;
            _nl[i] = _nr[i] = 0;
        }
        Depth = 0;
        Front = 0;
    }

    public bool Done => Depth == 0 && Front >= Count;

    /// <summary>The stack's k-th word from the top (0 the top), or -1.</summary>
    public int Stack(int k) => k < Depth ? _stack[Depth - 1 - k] : -1;

    /// <summary>The k-th word of the buffer (0 the front), the root at Count, or -1 past it.</summary>
    public int Buffer(int k) => Front + k <= Count ? Front + k : -1;

    public int LeftChild(int word, int k) => word < 0 ? -1 : k == 0 ? _l1[word] : _l2[word];
    public int RightChild(int word, int k) => word < 0 ? -1 : k == 0 ? _r1[word] : _r2[word];
    public int LeftValency(int word) => word < 0 ? 0 : _nl[word];
    public int RightValency(int word) => word < 0 ? 0 : _nr[word];
    public int LabelOf(int word) => word < 0 || word > Count ? -1 : _labels[word];

    public bool IsValid(int move) => move switch
    {
        Shift => Front < Count,
        Right => Depth >= 2,
        Left => Depth >= 1,
        _ => false,
    };

    /// <summary>The head the move gives the stack's top, or -1 for SHIFT.</summary>
    public int HeadBy(int move) => move switch
    {
        Right => _stack[Depth - 2],
        Left => Front,
        _ => -1,
    };

    public void Apply(int move, int label)
    {
        if (move == Shift)
        {
            _stack[Depth++] = Front++;
            return;
        }
        int dependent = _stack[Depth - 1];
        int head = HeadBy(move);
        Depth--;
        _heads[dependent] = head;
        _labels[dependent] = label;
        if (dependent < head)
        {
            _nl[head]++;
            if (_l1[head] < 0 || dependent < _l1[head]) { _l2[head] = _l1[head]; _l1[head] = dependent; }
            else if (_l2[head] < 0 || dependent < _l2[head]) _l2[head] = dependent;
        }
        else
        {
            _nr[head]++;
            if (dependent > _r1[head]) { _r2[head] = _r1[head]; _r1[head] = dependent; }
            else if (dependent > _r2[head]) _r2[head] = dependent;
        }
    }

    /// <summary>
    /// Which moves lose no gold arc that can still be made (Goldberg and Nivre's dynamic oracle for
    /// arc-hybrid, projective gold): zero-cost moves get true. Gold heads use Count for the root.
    /// </summary>
    public void ZeroCost(ReadOnlySpan<int> gold, Span<bool> ok)
    {
        ok[Shift] = IsValid(Shift);
        ok[Right] = IsValid(Right);
        ok[Left] = IsValid(Left);
        if (Depth == 0 || ok[Shift] && gold[Front] == _stack[Depth - 1])
        {
            ok[Right] = ok[Left] = false;
            return;
        }
        int s0 = _stack[Depth - 1];
        if (gold[s0] == Front)
        {
            ok[Shift] = ok[Right] = false;
            return;
        }
        // The word under the top is the top's gold head: only RIGHT makes that arc.
        if (Depth >= 2 && gold[s0] == _stack[Depth - 2]) ok[Left] = false;
        // Pushing the front loses its arcs with the stack.
        if (ok[Shift])
            for (int k = 0; k < Depth; k++)
            {
                int w = _stack[k];
                if (gold[w] == Front || gold[Front] == w) { ok[Shift] = false; break; }
            }
        // Popping the top loses its arcs with the rest of the buffer (the root included).
        for (int b = Front + 1; b <= Count; b++)
            if (gold[s0] == b || b < Count && gold[b] == s0) { ok[Left] = ok[Right] = false; break; }
    }
}
