"""The pack screen: the bench itself, where an order's items are scanned, completed and printed."""
