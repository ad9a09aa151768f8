namespace Krait.Runtime;

/// <summary>Rich comparison operators in CPython's order (Py_LT … Py_GE).</summary>
public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }
