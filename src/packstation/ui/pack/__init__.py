"""The pack screen: the bench itself, where an open order's items are scanned, completed and printed."""
