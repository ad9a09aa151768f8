namespace Krait.Runtime;

// Reading the 3.11 location table (Objects/locations.md): co_positions(), f_lineno and tracebacks.
public sealed partial class PyCode
{
    /// <summary>Source positions of one code unit; -1 stands for CPython's None.</summary>
    public readonly record struct Position(int Line, int EndLine, int Col, int EndCol);

    private Position[]? _positions;

    /// <summary>The positions of every code unit, decoded once.</summary>
    public Position[] Positions => _positions ??= DecodePositions();

    public int LineForInstruction(int index)
    {
        var p = Positions;
        return index >= 0 && index < p.Length ? p[index].Line : -1;
    }

    private Position[] DecodePositions()
    {
        var t = Source.LineTable;
        var result = new Position[Code.Length / 2];
        int line = FirstLineNo, pc = 0, p = 0;
        while (p < t.Length && pc < result.Length)
        {
            int first = t[p++];
            int code = (first >> 3) & 15, length = (first & 7) + 1;
            Position pos;
            switch (code)
            {
                case 15:
                    pos = new Position(-1, -1, -1, -1);
                    break;
                case 14:
                {
                    line += ReadSignedVarint(t, ref p);
                    int endLine = line + ReadVarint(t, ref p);
                    int col = ReadVarint(t, ref p) - 1, endCol = ReadVarint(t, ref p) - 1;
                    pos = new Position(line, endLine, col, endCol);
                    break;
                }
                case 13:
                    line += ReadSignedVarint(t, ref p);
                    pos = new Position(line, line, -1, -1);
                    break;
                case 10 or 11 or 12:
                {
                    line += code - 10;
                    int col = t[p++], endCol = t[p++];
                    pos = new Position(line, line, col, endCol);
                    break;
                }
                default:
                {
                    int second = t[p++];
                    int col = code * 8 + ((second >> 4) & 7);
                    pos = new Position(line, line, col, col + (second & 15));
                    break;
                }
            }
            for (int i = 0; i < length && pc < result.Length; i++) result[pc++] = pos;
        }
        for (; pc < result.Length; pc++) result[pc] = new Position(-1, -1, -1, -1);
        return result;
    }

    private static int ReadVarint(byte[] t, ref int p)
    {
        int b = t[p++], val = b & 63, shift = 0;
        while ((b & 64) != 0)
        {
            b = t[p++];
            shift += 6;
            val |= (b & 63) << shift;
        }
        return val;
    }

    private static int ReadSignedVarint(byte[] t, ref int p)
    {
        int v = ReadVarint(t, ref p);
        return (v & 1) != 0 ? -(v >> 1) : v >> 1;
    }
}
