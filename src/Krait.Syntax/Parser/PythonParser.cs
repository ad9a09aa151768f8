using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Krait.Syntax.Tokenizer;

namespace Krait.Syntax.Parser;

/// <summary>CPython 3.11's PEG parser, written by hand. Rule methods carry the names of
/// Grammar/python.gram's rules in PascalCase and try the alternatives in the grammar's order, so
/// that which tokens are read — and therefore where a generic "invalid syntax" is reported — matches
/// CPython. A rule returns null when it does not match (restoring <see cref="Mark"/>), and throws
/// <see cref="PythonSyntaxError"/> for an error. Like CPython, a failed parse is run a second time
/// with <see cref="CallInvalidRules"/> set, so the <c>invalid_*</c> rules can name the error.
///
/// This file is the machinery; the grammar lives in the other partial files (Parser.*.cs).</summary>
public sealed partial class PythonParser
{
    /// <summary>CPython's MAXSTACK: deeper rule nesting fails like CPython's parser does.</summary>
    internal const int MaxStack = 6000;

    private readonly SourceText _source;
    private readonly PythonTokenizer _tokenizer;
    private readonly ParseMode _mode;
    private Token[] _tokens;
    private int _fill;
    private int _mark;
    private int _level;
    // Memo entries chained per token position, like CPython's per-token memo lists: _memoHead[i] is
    // the first entry for tokens[i] (0 = none), entries live in one growing struct array so that
    // memoizing allocates nothing per entry.
    private int[] _memoHead;
    private MemoEntry[] _memoEntries;
    private int _memoCount = 1;
    private readonly Dictionary<string, string> _identifiers = new();
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _identifierLookup;

    private struct MemoEntry
    {
        public int RuleId;
        public int EndMark;
        public int Next;
        public object? Result;
    }

    public PythonParser(SourceText source, ParseMode mode = ParseMode.File)
    {
        _source = source;
        _mode = mode;
        // An f-string replacement field is a handful of tokens; a file is thousands. The buffers
        // grow by doubling either way.
        int capacity = mode == ParseMode.FString ? 16 : 256;
        _tokens = new Token[capacity];
        _memoHead = new int[capacity];
        _memoEntries = new MemoEntry[capacity];
        _tokenizer = new PythonTokenizer(source,
            execInput: mode is ParseMode.File or ParseMode.FString,
            singleInput: mode == ParseMode.Interactive);
        // Errors pegen raises from the tokenizer's state go through the parser's error builder, so
        // the line-text and column rules of _PyPegen_raise_error_known_location apply to them too.
        _tokenizer.RaiseParserError = ErrorAt;
        _identifierLookup = _identifiers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public SourceText Source => _source;
    public PythonTokenizer Tokenizer => _tokenizer;
    public ParseMode Mode => _mode;

    /// <summary>True during the second, error-reporting pass.</summary>
    internal bool CallInvalidRules { get; private set; }

    /// <summary>Current position in the token buffer.</summary>
    internal int Mark
    {
        get => _mark;
        set => _mark = value;
    }

    /// <summary>How many tokens have been read from the tokenizer so far.</summary>
    internal int Fill => _fill;

    internal Token TokenAt(int index) => _tokens[index];

    // ---- entry points -------------------------------------------------------------------------

    /// <summary>Runs the start rule for <see cref="Mode"/>; on failure runs the error pass and
    /// throws CPython's SyntaxError.</summary>
    public ModNode Run() => RunParser();

    private ModNode? RunStartRule() => _mode switch
    {
        ParseMode.File => FileRule(),
        ParseMode.Eval => EvalRule(),
        ParseMode.Interactive => InteractiveRule(),
        ParseMode.FuncType => FuncTypeRule(),
        ParseMode.FString => FStringRule(),
        _ => throw new ArgumentOutOfRangeException(),
    };

    private void ResetForErrorPass()
    {
        Array.Clear(_memoHead);
        Array.Clear(_memoEntries, 0, _memoCount);
        _memoCount = 1;
        _mark = 0;
        _level = 0;
        CallInvalidRules = true;
    }

    // ---- token access -------------------------------------------------------------------------

    /// <summary>The token at <see cref="Mark"/>, reading it from the tokenizer if needed.</summary>
    internal Token Peek()
    {
        if (_mark == _fill) FillToken();
        return _tokens[_mark];
    }

    internal TokenKind PeekKind() => Peek().Kind;

    /// <summary>Room for one more token. Not Array.Resize: the framework's generics over our structs are not
    /// precompiled (Resize&lt;Token&gt; was JIT-compiled in every process that compiled any source).</summary>
    private void EnsureTokenRoom()
    {
        if (_fill < _tokens.Length) return;
        var bigger = new Token[_tokens.Length * 2];
        Array.Copy(_tokens, bigger, _fill);
        _tokens = bigger;
    }

    private void FillToken()
    {
        EnsureTokenRoom();
        // (In 'single' mode the tokenizer itself turns the end of input into one more NEWLINE, as
        // _PyPegen_fill_token does.)
        _tokens[_fill] = _tokenizer.Next();
        _fill++;
    }

    /// <summary>Consumes and returns the current token.</summary>
    internal Token Advance()
    {
        var t = Peek();
        _mark++;
        return t;
    }

    /// <summary>Consumes the current token if it is of <paramref name="kind"/>.</summary>
    internal bool Match(TokenKind kind)
    {
        if (Peek().Kind != kind) return false;
        _mark++;
        return true;
    }

    /// <summary>Consumes and returns the current token if it is of <paramref name="kind"/>.</summary>
    internal Token? Expect(TokenKind kind)
    {
        var t = Peek();
        if (t.Kind != kind) return null;
        _mark++;
        return t;
    }

    /// <summary>Positive lookahead for one token kind (consumes nothing).</summary>
    internal bool Check(TokenKind kind) => Peek().Kind == kind;

    /// <summary>The source text of a token.</summary>
    internal ReadOnlySpan<char> TokenText(in Token t) => _source.Text.AsSpan(t.Start, t.Length);

    internal string TokenString(in Token t) => _source.Text.Substring(t.Start, t.Length);

    /// <summary>Consumes a NAME token whose text is <paramref name="keyword"/> (a soft keyword).</summary>
    internal bool MatchSoftKeyword(string keyword)
    {
        var t = Peek();
        if (t.Kind != TokenKind.Name || !TokenText(t).SequenceEqual(keyword)) return false;
        _mark++;
        return true;
    }

    /// <summary>Consumes a NAME and returns the identifier, NFKC-normalised as CPython does
    /// (_PyPegen_new_identifier), or null.</summary>
    internal string? MatchName()
    {
        var t = Peek();
        if (t.Kind != TokenKind.Name) return null;
        _mark++;
        return Identifier(t);
    }

    /// <summary>The identifier a NAME token spells: NFKC-normalised when non-ASCII, interned per parse.</summary>
    internal string Identifier(in Token t)
    {
        var span = TokenText(t);
        if (_identifierLookup.TryGetValue(span, out var name)) return name;
        string raw = span.ToString();
        name = raw;
        foreach (char c in span)
        {
            if (c >= 0x80)
            {
                name = name.Normalize(NormalizationForm.FormKC);
                break;
            }
        }
        // Through the string key: the alternate lookup's setter is not precompiled (a JIT compilation at start-up).
        _identifiers[raw] = name;
        return name;
    }

    /// <summary>The <c>(',' item)*</c> part of the grammar's <c>','.item+</c> and
    /// <c>item (',' item)*</c>: appends items while a comma is followed by one; a comma with no
    /// item after it is left unread (a trailing comma is the caller's business).</summary>
    internal void GatherCommaSeparated<T>(List<T> items, Func<PythonParser, T?> item) where T : class
    {
        while (true)
        {
            int m = _mark;
            if (!Match(TokenKind.Comma)) break;
            var next = item(this);
            if (next is null)
            {
                _mark = m;
                break;
            }
            items.Add(next);
        }
    }

    // ---- memoization --------------------------------------------------------------------------

    /// <summary>Looks up a memoized result of rule <paramref name="ruleId"/> at the current mark;
    /// on a hit, moves the mark past it.</summary>
    internal bool TryMemo<T>(int ruleId, out T? result) where T : class
    {
        if (_mark < _memoHead.Length)
        {
            for (int i = _memoHead[_mark]; i != 0; i = _memoEntries[i].Next)
            {
                ref var e = ref _memoEntries[i];
                if (e.RuleId == ruleId)
                {
                    result = (T?)e.Result;
                    _mark = e.EndMark;
                    return true;
                }
            }
        }
        result = null;
        return false;
    }

    internal T? Memoize<T>(int ruleId, int startMark, T? result) where T : class
    {
        if (startMark >= _memoHead.Length)
            Array.Resize(ref _memoHead, Math.Max(_memoHead.Length * 2, startMark + 1));
        if (_memoCount == _memoEntries.Length)
        {
            var bigger = new MemoEntry[_memoEntries.Length * 2];
            Array.Copy(_memoEntries, bigger, _memoCount);
            _memoEntries = bigger;
        }
        int index = _memoCount++;
        ref var e = ref _memoEntries[index];
        e.RuleId = ruleId;
        e.EndMark = _mark;
        e.Result = result;
        e.Next = _memoHead[startMark];
        _memoHead[startMark] = index;
        return result;
    }

    // ---- recursion guard ----------------------------------------------------------------------

    /// <summary>Enter a rule that can nest (the expression and statement rules); pair with
    /// <see cref="Leave"/>. Past <see cref="MaxStack"/> levels CPython's parser gives up.</summary>
    internal void Enter()
    {
        if (++_level > MaxStack) throw new InsufficientExecutionStackException("parser stack overflow");
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new InsufficientExecutionStackException("parser stack overflow");
    }

    internal void Leave() => _level--;

    // ---- locations ----------------------------------------------------------------------------

    /// <summary>The last token before the mark that is not NEWLINE, INDENT, DEDENT or ENDMARKER
    /// (CPython's _PyPegen_get_last_nonnwhitespace_token): where a node ends.</summary>
    internal Token LastNonWhitespaceToken()
    {
        Token t = default;
        for (int m = _mark - 1; m >= 0; m--)
        {
            t = _tokens[m];
            if (t.Kind != TokenKind.EndMarker && t.Kind != TokenKind.Newline &&
                t.Kind != TokenKind.Indent && t.Kind != TokenKind.Dedent)
                break;
        }
        return t;
    }

    /// <summary>Sets <paramref name="node"/>'s location to span from the token at
    /// <paramref name="startMark"/> to the last token consumed (CPython's EXTRA).</summary>
    internal T Loc<T>(T node, int startMark) where T : LocatedNode
    {
        var s = _tokens[startMark];
        var e = LastNonWhitespaceToken();
        node.SetLocation(s.Lineno, s.ColOffset, e.EndLineno, e.EndColOffset);
        return node;
    }

    /// <summary>Sets <paramref name="node"/>'s location from <paramref name="start"/>'s start to
    /// the last token consumed.</summary>
    internal T LocFrom<T>(T node, LocatedNode start) where T : LocatedNode
    {
        var e = LastNonWhitespaceToken();
        node.SetLocation(start.Lineno, start.ColOffset, e.EndLineno, e.EndColOffset);
        return node;
    }
}
