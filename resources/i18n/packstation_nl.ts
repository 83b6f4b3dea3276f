<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/packstation/ui/crash.py" line="27"/>
        <source>Packstation hit a bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/crash.py" line="29"/>
        <source>Something went wrong inside Packstation. Your scans are saved. Please send the log file to your administrator:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="16"/>
        <source>Packstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="87"/>
        <source>Units for the next scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="98"/>
        <source>Ship what is scanned; reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="103"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="103"/>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="103"/>
        <source>Customer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="108"/>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="111"/>
        <source>Ship partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="117"/>
        <source>Queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="118"/>
        <source>Undo (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="119"/>
        <source>Quantity (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="120"/>
        <source>Reprint (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="121"/>
        <source>Short / partial (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="122"/>
        <source>Complete (F10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../../src/packstation/ui/queue_view.py" line="26"/>
        <source>Scan a packing slip to open its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/queue_view.py" line="32"/>
        <source>Filter by order number, customer or SKU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationController</name>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="91"/>
        <source>Station {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="93"/>
        <source>Printer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="94"/>
        <source>Scanner: keyboard wedge ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="104"/>
        <source>{0} orders waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="126"/>
        <source>Scan not handled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="134"/>
        <source>“{0}” is not an order number: scan the packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="138"/>
        <source>Order {0} is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="155"/>
        <source>Order {0} parked with {1} of {2} units scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="164"/>
        <source>Continuing {0}: {1} of {2} units already scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="172"/>
        <source>Scan the items of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="183"/>
        <source>Resumed {0}: {1} of {2} units were scanned before the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="196"/>
        <source>Scan not checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="200"/>
        <source>Unreadable scan: scan the item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="219"/>
        <source>Last scan NOT saved: {0}. Scan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="224"/>
        <source>All {0} units verified: press F10 to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="230"/>
        <source>Too many: {0} needs only {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="234"/>
        <source>Wrong item: {0} is not in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="237"/>
        <source>Unknown barcode {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="245"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="253"/>
        <source>Undone: {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="272"/>
        <source>Next scan counts {0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="288"/>
        <source>Choose a reason for the partial shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="301"/>
        <source>{0} units missing: scan them, or press F9 to ship partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="308"/>
        <source>Completing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="329"/>
        <source>Printing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="349"/>
        <source>{0} packed: label and slip printed. Scan the next slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="354"/>
        <source>{0} packed, but NOT printed: {1}. Press F8 to reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="367"/>
        <source>Nothing to reprint: complete the order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="397"/>
        <source>● {0} online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="400"/>
        <source>○ Offline: packing continues, sync later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="402"/>
        <source>{0} waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="405"/>
        <source>Last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="425"/>
        <source>Order {0} is now {1} in the shop: stop packing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="443"/>
        <source>Customer note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
