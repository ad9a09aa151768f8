using Krait.Compiler.Assembler;

namespace Krait.Compiler.CodeGen;

/// <summary>One frame block: its kind, its block, an exit block and kind-specific data
/// (finally body statements, the with statement, the handler's bound name).</summary>
internal sealed record FBlockInfo(FBlockType Type, BasicBlock? Block, BasicBlock? Exit, object? Datum);
