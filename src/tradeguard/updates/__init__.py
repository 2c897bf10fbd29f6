"""Safe list updates: fetch, validate, diff, guard, swap, then re-screen what the diff touches."""
