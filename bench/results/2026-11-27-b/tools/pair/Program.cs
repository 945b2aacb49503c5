using System.Reflection;
using System.Runtime.Loader;
// pair SITE STAGE ROUNDS dirA dirB ...: each dir holds stagebench.dll built against one engine; paired, alternating runs in one process
var site = args[0]; var stage = args[1]; var rounds = int.Parse(args[2]); var dirs = args.Skip(3).ToArray();
var runs = new List<Func<string, double>>();
foreach (var dir in dirs)
{
    var alc = new AssemblyLoadContext(dir);
    alc.Resolving += (ctx, name) => { var p = Path.Combine(dir, name.Name + ".dll"); return File.Exists(p) ? ctx.LoadFromAssemblyPath(p) : null; };
    var asm = alc.LoadFromAssemblyPath(Path.Combine(dir, "stagebench.dll"));
    var h = asm.GetType("Harness")!;
    h.GetMethod("Setup")!.Invoke(null, [site]);
    var run = h.GetMethod("Run")!;
    runs.Add(s => (double)run.Invoke(null, [s])!);
}
for (var w = 0; w < 2; w++) foreach (var r in runs) r(stage);
var t = dirs.Select(_ => new List<double>()).ToArray();
for (var i = 0; i < rounds; i++)
    for (var k = 0; k < runs.Count; k++) { var idx = (i + k) % runs.Count; t[idx].Add(runs[idx](stage)); }
for (var k = 0; k < runs.Count; k++)
{
    var s = t[k].OrderBy(x => x).ToList();
    var ratios = t[k].Zip(t[0], (a, b) => a / b).OrderBy(x => x).ToList();
    Console.WriteLine($"{Path.GetFileName(dirs[k].TrimEnd('/')),-10} {stage,-10} median {s[s.Count / 2],8:F1} ms  min {s[0],8:F1} ms  paired ratio to first: median {ratios[ratios.Count / 2]:F3}");
}
