# Tab-indented source lines are stripped like spaces.
def f(x):
	if x:
		return x / 0

f(1)
