using System.Text;

namespace Krait.Runtime;

/// <summary>_csv.reader: parses the lines an iterator yields into lists of fields (CPython's state machine).</summary>
public sealed class PyCsvReader : PyObject
{
    public static readonly PyType ReaderType = PyType.NewBuiltin("_csv.reader", PyType.ObjectType, TypeFlags.None, InitType);

    private enum State { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrNl, AfterEscapedCrNl }

    private const int Eol = -2;

    private readonly PyObject _input;
    internal readonly PyCsvDialect Dialect;
    private long _lineNum;
    private State _state;
    private PyList? _fields;
    private readonly StringBuilder _field = new();
    private int _fieldLen;
    private bool _numericField;

    internal PyCsvReader(PyObject input, PyCsvDialect dialect) : base(ReaderType)
    {
        _input = input;
        Dialect = dialect;
    }

    private void SaveField()
    {
        PyObject field = new PyStr(_field.ToString());
        _field.Clear();
        _fieldLen = 0;
        if (_numericField)
        {
            _numericField = false;
            field = new PyFloat(Ops.ToDouble(field, true));
        }
        _fields!.Append(field);
    }

    private void AddChar(int c)
    {
        if (_fieldLen >= CsvModule.FieldLimit) throw CsvModule.Error($"field larger than field limit ({CsvModule.FieldLimit})");
        if (c < 0x10000) _field.Append((char)c); else _field.Append(char.ConvertFromUtf32(c));
        _fieldLen++;
    }

    private void ProcessChar(int c)
    {
        var d = Dialect;
        switch (_state)
        {
            case State.StartRecord:
                if (c == Eol) break;
                if (c == '\n' || c == '\r') { _state = State.EatCrNl; break; }
                _state = State.StartField;
                goto case State.StartField;
            case State.StartField:
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField();
                    _state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.QuoteChar && d.Quoting != 3) _state = State.InQuotedField;
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == ' ' && d.SkipInitialSpace) { }
                else if (c == d.Delimiter) SaveField();
                else
                {
                    if (d.Quoting == 2) _numericField = true;
                    AddChar(c);
                    _state = State.InField;
                }
                break;
            case State.EscapedChar:
                if (c == '\n' || c == '\r')
                {
                    AddChar(c);
                    _state = State.AfterEscapedCrNl;
                    break;
                }
                if (c == Eol) c = '\n';
                AddChar(c);
                _state = State.InField;
                break;
            case State.AfterEscapedCrNl:
                if (c == Eol) break;
                goto case State.InField;
            case State.InField:
                if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField();
                    _state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (c == d.EscapeChar) _state = State.EscapedChar;
                else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                else AddChar(c);
                break;
            case State.InQuotedField:
                if (c == Eol) { }
                else if (c == d.EscapeChar) _state = State.EscapeInQuotedField;
                else if (c == d.QuoteChar && d.Quoting != 3) _state = d.DoubleQuote ? State.QuoteInQuotedField : State.InField;
                else AddChar(c);
                break;
            case State.EscapeInQuotedField:
                if (c == Eol) c = '\n';
                AddChar(c);
                _state = State.InQuotedField;
                break;
            case State.QuoteInQuotedField:
                if (d.Quoting != 3 && c == d.QuoteChar) { AddChar(c); _state = State.InQuotedField; }
                else if (c == d.Delimiter) { SaveField(); _state = State.StartField; }
                else if (c == '\n' || c == '\r' || c == Eol)
                {
                    SaveField();
                    _state = c == Eol ? State.StartRecord : State.EatCrNl;
                }
                else if (!d.Strict) { AddChar(c); _state = State.InField; }
                else throw CsvModule.Error($"'{PyStr.FromCodePoint(d.Delimiter)}' expected after '{PyStr.FromCodePoint(d.QuoteChar)}'");
                break;
            case State.EatCrNl:
                if (c == '\n' || c == '\r') { }
                else if (c == Eol) _state = State.StartRecord;
                else throw CsvModule.Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                break;
        }
    }

    private PyObject? Next()
    {
        _fields = new PyList();
        _field.Clear();
        _fieldLen = 0;
        _state = State.StartRecord;
        _numericField = false;
        do
        {
            var line = Ops.Next(_input);
            if (line is null)
            {
                if (_fieldLen != 0 || _state == State.InQuotedField)
                {
                    if (Dialect.Strict) throw CsvModule.Error("unexpected end of data");
                    SaveField();
                    break;
                }
                return null;
            }
            if (line is not PyStr s)
                throw CsvModule.Error($"iterator should return strings, not {line.Type.Name} (the file should be opened in text mode)");
            _lineNum++;
            string v = s.Value;
            for (int i = 0; i < v.Length; i++)
            {
                int c = v[i];
                if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) c = char.ConvertToUtf32(v[i], v[++i]);
                ProcessChar(c);
            }
            ProcessChar(Eol);
        } while (_state != State.StartRecord);
        var fields = _fields;
        _fields = null;
        return fields;
    }

    private static void InitType(PyType t)
    {
        t.Iter = o => o;
        t.IterNext = o => ((PyCsvReader)o).Next();
        TypeBuilder.GetSet(t, "dialect", o => ((PyCsvReader)o).Dialect, null);
        TypeBuilder.GetSet(t, "line_num", o => PyInt.FromLong(((PyCsvReader)o)._lineNum), null);
        ItertoolsModule.Doc(t, CsvModule.ReaderDoc);
    }
}
