"""`tradeguard keys`: create, list and revoke API keys."""

from __future__ import annotations

import click

from tradeguard.auth.roles import ROLES
from tradeguard.auth.tokens import create_key
from tradeguard.cli.common import console, home_option, open_engine
from tradeguard.store.errors import StoreError
from tradeguard.store.keys import KeyStore

# Who made a change from the command line, in the audit log (the API records the key id).
CLI_ACTOR = "cli"


@click.group()
@home_option
def keys() -> None:
    """API keys for the HTTP service. Only a hash of each key is stored.

    Example: tradeguard keys create --role screener
    """


@keys.command("create")
@home_option
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the key may do.")
@click.option("--label", help="Whose key this is, for `keys list`.")
def create(role: str, label: str | None) -> None:
    """Create a key and print it once, on the last line; it cannot be shown again.

    Example: tradeguard keys create --role reviewer --label "Ann (compliance)"
    """
    made = create_key(open_engine().store.engine, role, label, CLI_ACTOR)
    console.print(
        f"Created {made.key.role} key {made.key.id}. Store it now; it is not shown again:"
    )
    click.echo(made.token)


@keys.command("list")
@home_option
def list_keys() -> None:
    """List keys (ids and roles, never the keys).

    Example: tradeguard keys list
    """
    for key in KeyStore(open_engine().store.engine).all():
        state = "revoked" if key.revoked else "live"
        console.print(f"{key.id}\t{key.role}\t{state}\t{key.label or ''}")


@keys.command("revoke")
@home_option
@click.argument("key_id")
def revoke(key_id: str) -> None:
    """Revoke a key by id.

    Example: tradeguard keys revoke k_0123456789ab
    """
    try:
        KeyStore(open_engine().store.engine).revoke(key_id, CLI_ACTOR)
    except StoreError as error:
        raise click.ClickException(error.message) from error
    console.print(f"Revoked {key_id}.")
