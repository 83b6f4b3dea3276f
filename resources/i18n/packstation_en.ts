<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Doctor</name>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="327" />
            <source>%n fulfillments waiting to be sent to the shop</source>
            <translation>
                <numerusform>%n fulfillment waiting to be sent to the shop</numerusform>
                <numerusform>%n fulfillments waiting to be sent to the shop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/cli.py" line="347" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order being packed</numerusform>
                <numerusform>%n orders being packed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShippingLabel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/layout.py" line="231" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="83" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/pick_list.py" line="84" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackingSlip</name>
        <message numerus="yes">
            <location filename="../../src/packstation/labels/slip.py" line="188" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Manifest</name>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="50" />
            <source>%n shipments</source>
            <translation>
                <numerusform>%n shipment</numerusform>
                <numerusform>%n shipments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/manifest.py" line="52" />
            <source>%n parcels</source>
            <translation>
                <numerusform>%n parcel</numerusform>
                <numerusform>%n parcels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShiftReport</name>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="102" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packed</numerusform>
                <numerusform>%n orders packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="103" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n still open</numerusform>
                <numerusform>%n still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="104" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="105" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open exception</numerusform>
                <numerusform>%n open exceptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/reports/shift_report.py" line="161" />
            <source>%n units</source>
            <translation>
                <numerusform>%n unit</numerusform>
                <numerusform>%n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message numerus="yes">
            <location filename="../../src/packstation/services/auth.py" line="82" />
            <source>A PIN needs at least %n digits</source>
            <translation>
                <numerusform>A PIN needs at least %n digit</numerusform>
                <numerusform>A PIN needs at least %n digits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Claims</name>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="70" />
            <source>{item} (%n counted) is no longer wanted</source>
            <translation>
                <numerusform>{item} (%n counted) is no longer wanted</numerusform>
                <numerusform>{item} (%n counted) is no longer wanted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/services/replay.py" line="74" />
            <source>{item} is down to {wanted} (%n counted)</source>
            <translation>
                <numerusform>{item} is down to {wanted} (%n counted)</numerusform>
                <numerusform>{item} is down to {wanted} (%n counted)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BatchesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n batches</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="93" />
            <source>%n orders</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="107" />
            <source>%n batches built: filter the queue by a batch's name</source>
            <translation>
                <numerusform>%n batch built: filter the queue by a batch's name</numerusform>
                <numerusform>%n batches built: filter the queue by a batch's name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="202" />
            <source>%n packing slips of {0} printed</source>
            <translation>
                <numerusform>%n packing slip of {0} printed</numerusform>
                <numerusform>%n packing slips of {0} printed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="213" />
            <source>%n labels queued</source>
            <translation>
                <numerusform>%n label queued</numerusform>
                <numerusform>%n labels queued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="215" />
            <source>%n printed before</source>
            <translation>
                <numerusform>%n printed before</numerusform>
                <numerusform>%n printed before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="217" />
            <source>%n to check at the printer (F11)</source>
            <translation>
                <numerusform>%n to check at the printer (F11)</numerusform>
                <numerusform>%n to check at the printer (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/batches_controller.py" line="219" />
            <source>%n orders not verified yet</source>
            <translation>
                <numerusform>%n order not verified yet</numerusform>
                <numerusform>%n orders not verified yet</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimsController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="99" />
            <source>%n orders being packed</source>
            <translation>
                <numerusform>%n order being packed</numerusform>
                <numerusform>%n orders being packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/claims.py" line="100" />
            <source>; %n at benches that stopped answering</source>
            <translation>
                <numerusform>; %n at benches that stopped answering</numerusform>
                <numerusform>; %n at benches that stopped answering</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="164" />
            <source>%n orders packed</source>
            <translation>
                <numerusform>%n order packed</numerusform>
                <numerusform>%n orders packed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="165" />
            <source>%n still open</source>
            <translation>
                <numerusform>%n still open</numerusform>
                <numerusform>%n still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="166" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="167" />
            <source>%n open exceptions</source>
            <translation>
                <numerusform>%n open exception</numerusform>
                <numerusform>%n open exceptions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="169" />
            <source>Last %n h</source>
            <translation>
                <numerusform>Last %n h</numerusform>
                <numerusform>Last %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="213" />
            <source>{0}: %n orders still open</source>
            <translation>
                <numerusform>{0}: %n order still open</numerusform>
                <numerusform>{0}: %n orders still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="218" />
            <source>Carrier cut-off {0} passed: %n orders missed today's collection</source>
            <translation>
                <numerusform>Carrier cut-off {0} passed: %n order missed today's collection</numerusform>
                <numerusform>Carrier cut-off {0} passed: %n orders missed today's collection</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/lead/dashboard.py" line="257" />
            <source>Saved {0} (%n shipments)</source>
            <translation>
                <numerusform>Saved {0} (%n shipment)</numerusform>
                <numerusform>Saved {0} (%n shipments)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BookingWatch</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/booking_watch.py" line="47" />
            <source>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</source>
            <translation>
                <numerusform>The carrier refused %n booking: a shift lead sees why in Exceptions (F2) and can choose another product</numerusform>
                <numerusform>The carrier refused %n bookings: a shift lead sees why in Exceptions (F2) and can choose another product</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/boxes.py" line="125" />
            <source>Box {0} of {1}: {2} · %n units</source>
            <translation>
                <numerusform>Box {0} of {1}: {2} · %n unit</numerusform>
                <numerusform>Box {0} of {1}: {2} · %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompletionController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="74" />
            <source>Ship {0} short, {1} of %n units missing?</source>
            <translation>
                <numerusform>Ship {0} short, {1} of %n unit missing?</numerusform>
                <numerusform>Ship {0} short, {1} of %n units missing?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/completion.py" line="116" />
            <source>%n units missing: scan them, or press F9 to ship partial</source>
            <translation>
                <numerusform>%n unit missing: scan it, or press F9 to ship partial</numerusform>
                <numerusform>%n units missing: scan them, or press F9 to ship partial</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PackController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="129" />
            <source>Parked {0}: {1} of %n units scanned. Scan its slip to continue</source>
            <translation>
                <numerusform>Parked {0}: {1} of %n unit scanned. Scan its slip to continue</numerusform>
                <numerusform>Parked {0}: {1} of %n units scanned. Scan its slip to continue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="139" />
            <source>Continuing {0} that {1} parked: {2} of %n units</source>
            <translation>
                <numerusform>Continuing {0} that {1} parked: {2} of %n unit</numerusform>
                <numerusform>Continuing {0} that {1} parked: {2} of %n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="142" />
            <source>Continuing {0}: {1} of %n units</source>
            <translation>
                <numerusform>Continuing {0}: {1} of %n unit</numerusform>
                <numerusform>Continuing {0}: {1} of %n units</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="168" />
            <source>Resumed {0}: {1} of %n units were scanned before the restart</source>
            <translation>
                <numerusform>Resumed {0}: {1} of %n unit were scanned before the restart</numerusform>
                <numerusform>Resumed {0}: {1} of %n units were scanned before the restart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/controller.py" line="379" />
            <source>Next scan counts %n units</source>
            <translation>
                <numerusform>Next scan counts %n unit</numerusform>
                <numerusform>Next scan counts %n units</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanWords</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="71" />
            <source>{0} counted, but it expired on {1} (%n days ago): check the item</source>
            <translation>
                <numerusform>{0} counted, but it expired on {1} (%n day ago): check the item</numerusform>
                <numerusform>{0} counted, but it expired on {1} (%n days ago): check the item</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/pack/words.py" line="77" />
            <source>All %n units verified: press F10 to complete</source>
            <translation>
                <numerusform>%n unit verified: press F10 to complete</numerusform>
                <numerusform>All %n units verified: press F10 to complete</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrintQueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="101" />
            <source>Printer: check %n jobs (F11)</source>
            <translation>
                <numerusform>Printer: check %n job (F11)</numerusform>
                <numerusform>Printer: check %n jobs (F11)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/print_queue/controller.py" line="105" />
            <source>Printer: %n waiting: {0}</source>
            <translation>
                <numerusform>Printer: %n waiting: {0}</numerusform>
                <numerusform>Printer: %n waiting: {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="198" />
            <source>Filter on: %n of {0} orders shown (Esc clears it)</source>
            <translation>
                <numerusform>Filter on: %n of {0} orders shown (Esc clears it)</numerusform>
                <numerusform>Filter on: %n of {0} orders shown (Esc clears it)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/controller.py" line="205" />
            <source>%n orders waiting</source>
            <translation>
                <numerusform>%n order waiting</numerusform>
                <numerusform>%n orders waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LabelsToPrintPanel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/labels_to_print.py" line="105" />
            <source>Labels to print (%n)</source>
            <translation>
                <numerusform>Labels to print (%n)</numerusform>
                <numerusform>Labels to print (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="39" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="41" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/queue/model.py" line="42" />
            <source>%n d</source>
            <translation>
                <numerusform>%n d</numerusform>
                <numerusform>%n d</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BoxesController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/boxes_controller.py" line="82" />
            <source>Save the list of %n boxes?</source>
            <translation>
                <numerusform>Save the list of %n box?</numerusform>
                <numerusform>Save the list of %n boxes?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsController</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/settings/controller.py" line="82" />
            <source>%n keys, gaps {0}–{1} ms</source>
            <translation>
                <numerusform>%n key, gaps {0}–{1} ms</numerusform>
                <numerusform>%n keys, gaps {0}–{1} ms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationShell</name>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="378" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/packstation/ui/shell/station.py" line="388" />
            <source>Loading the queue: %n orders…</source>
            <translation>
                <numerusform>Loading the queue: %n order…</numerusform>
                <numerusform>Loading the queue: %n orders…</numerusform>
            </translation>
        </message>
    </context>
</TS>
