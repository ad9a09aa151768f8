foo(
x = = 1
