# An exception raised in a finally block while another propagates gets it as context.
def work():
    try:
        raise ValueError("from try")
    finally:
        raise KeyError("from finally")

work()
