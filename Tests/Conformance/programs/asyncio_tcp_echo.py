# gc-stress-interval: 200 (imports asyncio, whose socket, selectors, concurrent.futures and logging imports take many minutes to load when every allocation collects)
# asyncio's event loop (selectors on epoll) serving a TCP echo on 127.0.0.1.
import asyncio
import selectors


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for word in words:
        writer.write(word.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("listening on loopback:", server.sockets[0].getsockname()[0])
    async with server:
        results = await asyncio.gather(
            client(port, ["alpha", "beta"]),
            client(port, ["gamma"]),
            client(port, ["delta", "epsilon", "zeta"]),
        )
    for r in results:
        print(r)
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, type(loop._selector).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out as asked")
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())


print(selectors.DefaultSelector.__name__)
asyncio.run(main())
