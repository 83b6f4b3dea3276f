<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
        <location filename="../../src/packstation/ui/main_window.py" line="18"/>
        <source>Packstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="127"/>
        <source>Units for the next scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="138"/>
        <source>Ship what is scanned; reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="143"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="143"/>
        <source>Damaged item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="143"/>
        <source>Customer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="148"/>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="151"/>
        <source>Ship partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="157"/>
        <source>Queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="158"/>
        <source>Undo (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="159"/>
        <source>Quantity (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="160"/>
        <source>Reprint (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="161"/>
        <source>Short / partial (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/pack_view.py" line="162"/>
        <source>Complete (F10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <location filename="../../src/packstation/ui/print_queue_view.py" line="23"/>
        <source>Print queue (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/print_queue_view.py" line="35"/>
        <source>Retry waiting jobs (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/print_queue_view.py" line="36"/>
        <source>It printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/print_queue_view.py" line="37"/>
        <source>It did not print: reprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterRow</name>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="41"/>
        <source>Test print</source>
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
    <name>SettingsController</name>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="40"/>
        <source>Serial ports: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="42"/>
        <source>No serial ports found (keyboard-wedge scanners need none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="54"/>
        <source>In use: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="67"/>
        <source>{0} keys, gaps {1}–{2} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="77"/>
        <source>broken GS1 data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="82"/>
        <source>⚠ this looks like {0} typed for an AZERTY (French) keyboard: set the scanner&apos;s keyboard country to match this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="109"/>
        <source>Printing a test on {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="114"/>
        <source>Test printed on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_controller.py" line="134"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="54"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="57"/>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="61"/>
        <source>Shipping labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="62"/>
        <source>Packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/settings_view.py" line="64"/>
        <source>Scanner test: scan anything, nothing is packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationController</name>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="111"/>
        <source>Station {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="128"/>
        <source>{0} orders waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="142"/>
        <source>Same scan twice from {0} in a moment: counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="147"/>
        <source>Unreadable scan from {0} ({1}): scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="160"/>
        <source>Scanners: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="173"/>
        <source>Scan not handled: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="185"/>
        <source>“{0}” is not an order number: scan the packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="191"/>
        <source>Order {0} is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="197"/>
        <source>The scanner types for another keyboard layout (“{0}” was sent). Set the scanner&apos;s keyboard country to match this computer (Settings, F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="214"/>
        <source>Order {0} parked with {1} of {2} units scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="223"/>
        <source>Continuing {0}: {1} of {2} units already scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="231"/>
        <source>Scan the items of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="242"/>
        <source>Resumed {0}: {1} of {2} units were scanned before the restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="255"/>
        <source>Scan not checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="261"/>
        <source>Unreadable scan ({0}): scan the item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="281"/>
        <source>Last scan NOT saved: {0}. Scan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="286"/>
        <source>Not taken: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="288"/>
        <source>Now scan the serial number of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="290"/>
        <source>Serial {0} saved for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="292"/>
        <source>All {0} units verified: press F10 to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="298"/>
        <source>Too many: {0} needs only {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="302"/>
        <source>Wrong item: {0} is not in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="308"/>
        <source>Unknown barcode {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="316"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="324"/>
        <source>Undone: {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="343"/>
        <source>Next scan counts {0} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="359"/>
        <source>Choose a reason for the partial shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="371"/>
        <source>Scan the serial number of {0} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="380"/>
        <source>{0} units missing: scan them, or press F9 to ship partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="387"/>
        <source>Completing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="409"/>
        <source>Printing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="452"/>
        <source>Printer: check {0} job(s) (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="456"/>
        <source>Printer: {0} waiting: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="476"/>
        <source>Printers: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="502"/>
        <source>Select a job in the print queue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="520"/>
        <source>{0} packed: label and slip printed. Scan the next slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="526"/>
        <source>{0} packed; the label may not have printed: check the printer (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="532"/>
        <source>{0} packed, NOT printed yet: {1}. Press F7 to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="545"/>
        <source>Nothing to reprint: complete the order first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="549"/>
        <source>Reprint {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="550"/>
        <source>Why is the label printed again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="587"/>
        <source>● {0} online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="590"/>
        <source>○ Offline: packing continues, sync later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="592"/>
        <source>{0} waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="595"/>
        <source>Last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="615"/>
        <source>Order {0} is now {1} in the shop: stop packing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/controller.py" line="633"/>
        <source>Customer note: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
