# except* around calls that raise groups built deeper down; the tracebacks of members stay intact.
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} broke")

def run_all():
    errors = []
    for i in range(4):
        try:
            task(i)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("tasks", errors)

def supervise():
    try:
        run_all()
    except* TypeError as g:
        print("handled", len(g.exceptions), "TypeErrors")

supervise()
