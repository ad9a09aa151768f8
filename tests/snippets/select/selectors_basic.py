# selectors: DefaultSelector is epoll-based; register/modify/select/unregister with socketpairs; every selector class.
import selectors, socket
print(selectors.DefaultSelector.__name__)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector):
    sel = cls()
    a, b = socket.socketpair()
    key = sel.register(a, selectors.EVENT_READ, data='a-data')
    print(cls.__name__, key.events, key.data, key.fd == a.fileno())
    print(sel.select(timeout=0))
    b.send(b'x')
    print([(k.data, ev) for k, ev in sel.select(timeout=1)])
    sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data='both')
    print(sorted((k.data, ev) for k, ev in sel.select()))
    print(len(sel.get_map()), sel.get_key(a).data)
    sel.unregister(a)
    try:
        sel.get_key(a)
    except KeyError as e:
        print('KeyError', type(e).__name__)
    try:
        sel.register(a, 0)
    except ValueError as e:
        print(e)
    sel.close()
    a.close(); b.close()
