# The select module's names and constants.
import select
print(sorted(n for n in dir(select) if not n.startswith('__')))
for n in sorted(dir(select)):
    if n.isupper():
        print(n, hex(getattr(select, n)))
print(select.poll.__name__, select.select.__name__, select.epoll.__name__, select.epoll.__module__)
print(select.__doc__)
print(select.epoll.__doc__)
