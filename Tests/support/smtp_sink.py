#!/usr/bin/env python3
"""An SMTP server for planet's mail tests, on 127.0.0.1, built on aiosmtpd.

    smtp_sink.py serve PORT FOLDER [--user USER --password PASSWORD] [--cert CERT --key KEY]

listens on PORT (0: any free port), prints `listening on <port>` once ready, and writes each message it
accepts to FOLDER as `<n>.eml` (the data as received) and `<n>.json` (the envelope: `from`, `to`). With a
user, AUTH (PLAIN or LOGIN) is required; with a certificate, STARTTLS is offered and required.

    smtp_sink.py parse FILE

reads a message with Python's `email` package and prints what a mail reader would see, as JSON: its
headers decoded, and each leaf part's content type and decoded text.
"""
import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
from email import policy
from email.parser import BytesParser


def parse(path):
    with open(path, "rb") as file:
        message = BytesParser(policy=policy.default).parse(file)
    parts = [
        {"type": part.get_content_type(), "charset": part.get_content_charset(),
         "encoding": part.get("Content-Transfer-Encoding"), "text": part.get_content()}
        for part in message.walk() if not part.is_multipart()
    ]
    headers = {name: str(value) for name, value in message.items()}
    print(json.dumps({"content_type": message.get_content_type(), "headers": headers, "parts": parts,
                      "defects": [type(defect).__name__ for defect in message.defects]}, ensure_ascii=False))


def serve(port, folder, user, password, cert, key, hang_at=None):
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

    class Handler:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Handler.count += 1
            if hang_at is not None and Handler.count == hang_at:
                # A sender killed while its message is in flight: this one is never accepted.
                print("hanging", flush=True)
                await asyncio.sleep(3600)
                return "451 too late"
            stem = os.path.join(folder, str(Handler.count))
            with open(stem + ".eml.part", "wb") as file:
                file.write(envelope.original_content)
            with open(stem + ".json.part", "w") as file:
                json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, file)
            os.rename(stem + ".eml.part", stem + ".eml")
            os.rename(stem + ".json.part", stem + ".json")
            return "250 OK"

    def authenticator(server, session, envelope, mechanism, data):
        accepted = isinstance(data, LoginPassword) and data.login == user.encode() and data.password == password.encode()
        return AuthResult(success=accepted, handled=False)

    context = None
    if cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
    options = dict(hostname="sink.test", decode_data=False, tls_context=context, require_starttls=context is not None,
                   auth_require_tls=context is not None)
    if user:
        options.update(authenticator=authenticator, auth_required=True)

    # A test's process may start this one with signals blocked or ignored: SIGTERM must end it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    loop = asyncio.new_event_loop()
    server = loop.run_until_complete(loop.create_server(lambda: SMTP(Handler(), **options), "127.0.0.1", port))
    print(f"listening on {server.sockets[0].getsockname()[1]}", flush=True)
    loop.run_forever()


def main():
    arguments = argparse.ArgumentParser(description="An SMTP sink for planet's mail tests.")
    commands = arguments.add_subparsers(dest="command", required=True)
    serving = commands.add_parser("serve")
    serving.add_argument("port", type=int)
    serving.add_argument("folder")
    serving.add_argument("--user")
    serving.add_argument("--password")
    serving.add_argument("--cert")
    serving.add_argument("--key")
    serving.add_argument("--hang-at", type=int, help="never answer the DATA of this message (1-based)")
    parsing = commands.add_parser("parse")
    parsing.add_argument("file")
    options = arguments.parse_args()
    if options.command == "parse":
        parse(options.file)
    else:
        serve(options.port, options.folder, options.user, options.password, options.cert, options.key, options.hang_at)


if __name__ == "__main__":
    sys.exit(main())
