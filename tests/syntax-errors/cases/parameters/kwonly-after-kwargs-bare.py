def f(**k, *): pass
