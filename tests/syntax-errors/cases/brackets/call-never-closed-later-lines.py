foo(a,
    b,
    c
