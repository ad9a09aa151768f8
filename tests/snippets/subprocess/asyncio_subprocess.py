# asyncio subprocesses (the child watcher waits in a thread)
import asyncio


async def main():
    p = await asyncio.create_subprocess_exec("sh", "-c", "echo hi; echo err >&2; exit 3",
                                             stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await p.communicate()
    print(out, err, p.returncode)
    p = await asyncio.create_subprocess_shell("cat", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"x" * 200000)
    print(len(out), p.returncode)
    p = await asyncio.create_subprocess_exec("sleep", "10")
    try:
        await asyncio.wait_for(p.wait(), 0.2)
    except asyncio.TimeoutError:
        print("timed out")
    p.kill()
    print(await p.wait())
    try:
        await asyncio.create_subprocess_exec("no-such-program-here")
    except FileNotFoundError as e:
        print(e)

asyncio.run(main())
