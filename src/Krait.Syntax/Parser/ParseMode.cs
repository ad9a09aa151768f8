namespace Krait.Syntax.Parser;

/// <summary>The start rules of CPython's grammar: <c>compile()</c>'s 'exec', 'eval', 'single' and
/// 'func_type' modes, plus the f-string replacement-field mode.</summary>
public enum ParseMode
{
    File,
    Eval,
    Interactive,
    FuncType,
    FString,
}
