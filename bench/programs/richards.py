# richards-style task scheduler: objects with attributes, linked lists, small methods, polymorphic calls.
# size: idle-task iterations (default 400000, quick 10000)
import sys

I_IDLE, I_WORK, I_HANDLER_A, I_HANDLER_B, I_DEV_A, I_DEV_B = range(1, 7)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, prio, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = waiting
        self.holding = False
        # Tasks are created in rising priority, so the list runs from the highest down.
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.holding and (self.packet_pending or not self.waiting)

    def step(self):
        pkt = None
        if self.waiting and self.packet_pending:
            pkt = self.queue
            self.queue = pkt.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.run(pkt)

    def run(self, pkt):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, I_IDLE, 0, None, False)
        self.seed = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(I_DEV_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(I_DEV_B)


class WorkTask(Task):
    def __init__(self, sched, queue):
        super().__init__(sched, I_WORK, 1000, queue, True)
        self.dest = I_HANDLER_A
        self.count = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait_current()
        self.dest = I_HANDLER_B if self.dest == I_HANDLER_A else I_HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        super().__init__(sched, ident, prio, queue, True)
        self.work_in = None
        self.dev_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            dev = self.dev_in
            if dev is not None:
                self.dev_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait_current()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        super().__init__(sched, ident, prio, None, True)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.wait_current()
            pkt = self.pending
            self.pending = None
            return self.sched.queue_packet(pkt)
        self.pending = pkt
        self.sched.chars += 1
        return self.sched.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.chars = 0

    def schedule(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                t = t.step()
            else:
                t = t.link

    def hold_current(self):
        self.hold_count += 1
        self.current.holding = True
        return self.current.link

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.holding = False
        return t if t.prio > self.current.prio else self.current

    def queue_packet(self, pkt):
        t = self.table[pkt.ident]
        self.queue_count += 1
        pkt.link = None
        pkt.ident = self.current.ident
        if t.queue is None:
            t.queue = pkt
            t.packet_pending = True
            return t if t.prio > self.current.prio else self.current
        t.queue = pkt.append_to(t.queue)
        return self.current


def run(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, work)
    queue = None
    for _ in range(3):
        queue = Packet(queue, I_DEV_A, K_DEV)
    HandlerTask(s, I_HANDLER_A, 2000, queue)
    queue = None
    for _ in range(3):
        queue = Packet(queue, I_DEV_B, K_DEV)
    HandlerTask(s, I_HANDLER_B, 3000, queue)
    DeviceTask(s, I_DEV_A, 4000)
    DeviceTask(s, I_DEV_B, 5000)
    s.schedule()
    return s


def main(count):
    s = run(10000)
    # The classic benchmark's check values for 10000 idle iterations.
    print(s.queue_count, s.hold_count, s.queue_count == 23246 and s.hold_count == 9297)
    s = run(count)
    print(s.queue_count, s.hold_count, s.chars)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
