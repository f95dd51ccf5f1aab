"""aiosmtpd handlers for SmtpSink (tests/server/mail/SmtpSink.cpp).

AuthMailbox: the Mailbox handler plus AUTH PLAIN that accepts exactly one account, taken
from RENTFLOW_SINK_LOGIN / RENTFLOW_SINK_PASSWORD, and records who signed in as the
X-Auth-Login header of each stored message. (aiosmtpd's command line has no option for
accounts; a handler's auth_<MECHANISM> method takes the place of the built-in one.)
"""

import os
from base64 import b64decode

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword


class AuthMailbox(Mailbox):
    # AuthResult(success=False) means "the reply is sent"; handled=False makes aiosmtpd
    # answer 535 itself.
    async def auth_PLAIN(self, server, args):
        if len(args) == 1:
            response = await server.challenge_auth("")
            if response is MISSING:  # challenge_auth has answered already
                return AuthResult(success=False)
        else:
            try:
                response = b64decode(args[1].encode(), validate=True)
            except Exception:
                return AuthResult(success=False, handled=False)
        parts = response.split(b"\0")
        if len(parts) != 3:
            return AuthResult(success=False, handled=False)
        login, password = parts[1], parts[2]
        expected = (os.environ.get("RENTFLOW_SINK_LOGIN", "").encode(),
                    os.environ.get("RENTFLOW_SINK_PASSWORD", "").encode())
        if (login, password) != expected:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=LoginPassword(login, password))

    def prepare_message(self, session, envelope):
        message = super().prepare_message(session, envelope)
        if session.login_data:
            message["X-Auth-Login"] = session.login_data.decode()
        return message
