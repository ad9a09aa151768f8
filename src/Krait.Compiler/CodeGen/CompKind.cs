namespace Krait.Compiler.CodeGen;

/// <summary>compile.c's COMP_GENEXP … COMP_DICTCOMP.</summary>
internal enum CompKind
{
    GenExp,
    List,
    Set,
    Dict,
}
