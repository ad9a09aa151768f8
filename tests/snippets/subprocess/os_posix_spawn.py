# os.posix_spawn / os.posix_spawnp: results, file actions, attributes and argument errors
import os

def run(call):
    try:
        r = eval(call)
        status = os.waitpid(r, 0)[1]
        print(call, "->", os.waitstatus_to_exitcode(status))
    except Exception as e:
        print(call, "!!", type(e).__name__, e)

for call in [
    "os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 3'], {})",
    "os.posix_spawnp('sh', ('sh', '-c', 'exit 4'), os.environ)",
    "os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 5'], {}, file_actions=None, setpgroup=0, resetids=True, setsid=False, setsigmask=[2], setsigdef=[15])",
    "os.posix_spawn('/bin/sh', ['sh', '-c', 'echo x >&9'], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 9, '/dev/null', os.O_WRONLY, 0), (os.POSIX_SPAWN_DUP2, 9, 8), (os.POSIX_SPAWN_CLOSE, 8)])",
    "os.posix_spawn('/bin/sh', ['sh', '-c', 'kill -9 $$'], {})",
    "os.posix_spawn('/bin/sh', ['sh', '-c', 'exit 0'], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 9, '/nonexistent/x', os.O_RDONLY, 0)])",
    "os.posix_spawn()", "os.posix_spawn('/bin/true')", "os.posix_spawn('/bin/true', [], {})", "os.posix_spawn('/bin/true', 'x', {})",
    "os.posix_spawn('/bin/true', ['true'], [])", "os.posix_spawn('/bin/true', ['true'], None)",
    "os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(99,)])",
    "os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])",
    "os.posix_spawn('/bin/true', ['true'], {}, file_actions=[5])", "os.posix_spawn('/bin/true', ['true'], {}, file_actions=5)",
    "os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(os.POSIX_SPAWN_OPEN, 1, '/x')])",
    "os.posix_spawn('/bin/true', ['true'], {}, file_actions=[(os.POSIX_SPAWN_DUP2, 1)])",
    "os.posix_spawn('/nonexist', ['true'], {})", "os.posix_spawnp('nonexist-program', ['true'], {})",
    "os.posix_spawn('/bin/true', ['true'], {}, setsigmask=[999])", "os.posix_spawn('/bin/true', ['true'], {}, setpgroup='x')",
    "os.posix_spawn('/bin/true', ['true'], {}, resetids=None)",
    "os.posix_spawn('/bin/true', ['true'], {'A=': 'b'})", "os.posix_spawn('/bin/true', [''], {})",
    "os.posix_spawn(path='/bin/true', argv=['true'], env={})",
    "os.posix_spawn('/bin/true', ['true'], {}, scheduler=(0, 0))",
]:
    run(call)
