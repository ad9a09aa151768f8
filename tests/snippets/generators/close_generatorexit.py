# close() raises GeneratorExit at the paused yield; finally blocks run
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally ran")

g = gen()
print(next(g))
print(g.close())
print(g.close())
print(list(g))

# closing an unstarted generator does nothing visible
g = gen()
g.close()
print("closed before start")
print(next(g, "done"))
