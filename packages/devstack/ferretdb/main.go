// Command ferretdb runs an embedded FerretDB v1.24.2 (SQLite storage) on loopback
// for development, tests and benchmarks. It is a wrapper module because FerretDB's
// own main package refuses to start when built outside its repository.
//
// It prints one line, the MongoDB URI, once the listener accepts connections, and
// shuts down cleanly on SIGINT/SIGTERM or when its standard input closes (so it
// never outlives the Node process that started it).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on")
	dir := flag.String("sqlite-dir", "", "existing directory for the SQLite databases")
	watchStdin := flag.Bool("watch-stdin", false, "exit when standard input closes")
	flag.Parse()

	if *dir == "" {
		fmt.Fprintln(os.Stderr, "ferretdb: -sqlite-dir is required")
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + *dir + "/",
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}

	done := make(chan struct{})
	go func() {
		_ = f.Run(ctx)
		close(done)
	}()

	// MongoDBURI blocks until the listener is bound, so the URI printed is usable.
	fmt.Println(f.MongoDBURI())
	<-done
}
