raise ExceptionGroup("outer", [
    ValueError("first"),
    ExceptionGroup("inner", [TypeError("second"), KeyError("third")]),
])
